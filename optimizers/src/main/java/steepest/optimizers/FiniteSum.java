package steepest.optimizers;

/**
 * An objective that is a mean over n samples, f(x) = (1/n) Σᵢ fᵢ(x), where every fᵢ carries its
 * share of any regularizer, so that the mean over a uniformly drawn batch B,
 * f_B(x) = (1/|B|) Σ_{i∈B} fᵢ(x), is an unbiased estimate of f(x) and ∇f_B(x) of ∇f(x).
 * Stochastic and mini-batch methods call {@link #valueAndGradient(double[], int[], int, double[])};
 * their cost is counted in sample-gradient evaluations and reported in epochs (n of them).
 */
public interface FiniteSum extends Objective {

    /** The number of samples n. */
    int size();

    /**
     * Evaluates the batch mean f_B and its gradient over the first {@code batchSize} indices of
     * {@code batch} (indices may repeat when sampling with replacement).
     *
     * @param x         the point. Not modified.
     * @param batch     sample indices in [0, n). Not modified.
     * @param batchSize how many entries of {@code batch} to use, in [1, batch.length]
     * @param gradOut   receives ∇f_B(x); every entry is overwritten. Modified.
     * @return f_B(x)
     */
    double valueAndGradient(double[] x, int[] batch, int batchSize, double[] gradOut);
}
