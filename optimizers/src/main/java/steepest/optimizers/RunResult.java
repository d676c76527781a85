package steepest.optimizers;

/**
 * How a run ended.
 *
 * @param termination why it stopped
 * @param last        the measurements at the final iterate
 * @param x           the final iterate (a copy owned by this result)
 * @param averagedIterate the search's final {@link Search#averagedIterate()} (a copy), or null when
 *                    the method keeps none
 */
public record RunResult(Termination termination, IterationRecord last, double[] x, double[] averagedIterate) {

    /** Copies the arrays. */
    public RunResult {
        x = x.clone();
        averagedIterate = averagedIterate == null ? null : averagedIterate.clone();
    }

    /** The final averaged iterate (a copy), or null when the method keeps none. */
    @Override
    public double[] averagedIterate() {
        return averagedIterate == null ? null : averagedIterate.clone();
    }

    /** The final iterate (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }
}
