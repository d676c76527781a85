package steepest.optimizers;

/** Receives the observed iterations of a run, in order, from the {@link Driver}. */
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

    /**
     * Called like {@link #record(IterationRecord, double[])}, with the search's averaged iterate
     * ({@link Search#averagedIterate()}) when it keeps one, else null; by default it ignores it.
     *
     * @param averaged the averaged iterate, a read-only view valid only during this call, or null
     */
    default void record(IterationRecord record, double[] x, double[] averaged) {
        record(record, x);
    }

    /**
     * Whether {@link #check} wants the iterations the driver observes only to check tolerances. The
     * driver builds no record for them otherwise, so a run that is not recorded allocates nothing
     * per iteration. False by default.
     */
    default boolean observesChecks() {
        return false;
    }

    /**
     * Whether, besides the tolerance checks, {@link #check} wants every iterate whose f the driver
     * learns for free: from a search that knows f at its iterate ({@link Search#value()}) or at its
     * previous one ({@link Search#previousValue()}). These cost no evaluation and change nothing
     * else (no tolerance is checked at them); first-hit recorders see every such iterate. False by
     * default; read only when {@link #observesChecks()}.
     */
    default boolean observesEveryIteration() {
        return false;
    }

    /**
     * Called, when {@link #observesChecks()}, at the other iterations the driver observes to check
     * tolerances (see {@link StoppingRules#checkInterval()}), for observers that track targets between
     * recorded rows. Ignored by default.
     *
     * @param observation the measurements at x_k, a view valid only during this call
     * @param x           x_k, a read-only view valid only during this call, or null for an iterate
     *                    observed one step late ({@link #observesEveryIteration()}). Not to be modified.
     */
    default void check(Observation observation, double[] x) {
    }
}
