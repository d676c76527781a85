package steepest.optimizers;

/**
 * How a run ended.
 *
 * @param termination why it stopped
 * @param last        the measurements at the final iterate
 * @param x           the final iterate (a copy owned by this result)
 */
public record RunResult(Termination termination, IterationRecord last, double[] x) {

    /** Copies x. */
    public RunResult {
        x = x.clone();
    }

    /** The final iterate (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }
}
