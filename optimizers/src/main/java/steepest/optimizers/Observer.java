package steepest.optimizers;

/** Receives the recorded iterations of a run, in order, from the {@link Driver}. */
@FunctionalInterface
public interface Observer {

    /** Ignores every record. */
    Observer NONE = (record, x) -> { };

    /**
     * Called at iteration 0, at every iteration the {@link RecordSchedule} selects, and at the last.
     *
     * @param record the measurements at x_k
     * @param x      x_k, a read-only view valid only during this call. Not to be modified.
     */
    void record(IterationRecord record, double[] x);
}
