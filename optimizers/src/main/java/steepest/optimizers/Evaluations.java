package steepest.optimizers;

/**
 * Cumulative evaluation counts of one run, in machine-independent units. A combined value and
 * gradient call counts one function and one gradient evaluation; a mini-batch call over b of n
 * samples counts b/n of each and b sample gradients; a full gradient of a finite sum counts n
 * sample gradients, so {@link #epochs(int)} compares batch and stochastic methods fairly.
 *
 * @param functions             function evaluations (fractional for mini-batches)
 * @param gradients             gradient evaluations (fractional for mini-batches)
 * @param hessianVectorProducts Hessian- or Fisher-vector products
 * @param hessians              dense Hessian evaluations
 * @param sampleGradients       per-sample gradient evaluations (finite sums only, else 0)
 */
public record Evaluations(double functions, double gradients, long hessianVectorProducts,
                          long hessians, long sampleGradients) {

    /** No evaluations. */
    public static final Evaluations NONE = new Evaluations(0, 0, 0, 0, 0);

    /**
     * Passes over the data, sampleGradients / n; for an objective that is not a finite sum
     * ({@code samples} = 0) one epoch is one full gradient.
     */
    public double epochs(int samples) {
        return samples > 0 ? (double) sampleGradients / samples : gradients;
    }
}
