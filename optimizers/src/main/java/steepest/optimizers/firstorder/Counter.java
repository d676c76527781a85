package steepest.optimizers.firstorder;

/** The run state of a {@link Schedule.ClosedForm}: only the update count k. */
final class Counter implements Schedule.State {

    private final Schedule.ClosedForm schedule;
    private final double base;
    private long k;

    Counter(Schedule.ClosedForm schedule, double base) {
        this.schedule = schedule;
        this.base = base;
    }

    @Override
    public double learningRate() {
        return schedule.learningRate(base, k);
    }

    @Override
    public double momentum() {
        return schedule.momentum(k);
    }

    @Override
    public void advance(double loss, boolean epochEnded) {
        k++;
    }
}
