package steepest.optimizers;

/**
 * A finite sum of generalized linear terms with a ridge, whose sample gradients are a few scalars
 * times the sample's row:
 * <pre>
 *   f(x) = (1/n) Σᵢ fᵢ(x),   fᵢ(x) = φᵢ(zᵢ) + (λ/2)‖x‖²,   zᵢ = (⟨aᵢ, x_1⟩, ..., ⟨aᵢ, x_K⟩),
 *   ∇fᵢ(x) = Σ_k cᵢₖ·(aᵢ placed in block k) + λx,   cᵢₖ = ∂φᵢ/∂z_k (zᵢ),
 * </pre>
 * where x is made of K blocks x_1, ..., x_K of p coordinates each (dimension K·p), aᵢ ∈ Rᵖ is
 * sample i's row and the ridge's share λx is the same for every sample. Binary logistic regression,
 * least squares, Huber regression and the squared-hinge SVM have K = 1; softmax regression has one
 * output per class.
 *
 * <p>Methods that keep a gradient per sample (SAG, SAGA) or every sample's gradient at a reference
 * point (SVRG) then store the K derivatives cᵢ instead of K·p numbers, and rebuild gradients (or
 * their differences) with one weighted sum of rows, evaluating the ridge's gradient exactly at the
 * current point (Schmidt, Le Roux and Bach, "Minimizing finite sums with the stochastic average
 * gradient", Math. Program. 162(1), 2017, §4, on structured gradients and exact regularization).
 * Through the {@link Oracle}, {@link #sampleDerivatives} is counted like a batch gradient (b sample
 * gradients); {@link #sampleSum} is not counted, because the derivatives it combines were.
 */
public interface GeneralizedLinearSum extends FiniteSum {

    /** K, the number of scores (and loss derivatives) per sample. */
    int outputs();

    /** λ &gt;= 0, the ridge weight every sample term carries. */
    double ridge();

    /**
     * The loss derivatives of the first {@code batchSize} samples of {@code batch} at x:
     * {@code derivativesOut[t·K + k]} = c_{batch[t], k}.
     *
     * @param x              the point. Not modified.
     * @param batch          sample indices in [0, n) (may repeat). Not modified.
     * @param batchSize      how many entries of {@code batch} to use, in [1, batch.length]
     * @param derivativesOut receives batchSize·K derivatives from index 0. Modified.
     * @return the batch mean of the data terms, (1/b) Σ_t φ_{batch[t]}(z_{batch[t]}), without the ridge
     */
    double sampleDerivatives(double[] x, int[] batch, int batchSize, double[] derivativesOut);

    /**
     * The weighted sum of the samples' rows, {@code out} = Σ_t Σ_k weights[t·K + k]·(a_{batch[t]} in
     * block k), for the first {@code batchSize} entries of {@code batch}: with the derivatives as
     * weights it is b times the batch's data gradient.
     *
     * @param batch     sample indices in [0, n) (may repeat). Not modified.
     * @param batchSize how many entries of {@code batch} to use, in [1, batch.length]
     * @param weights   batchSize·K weights. Not modified.
     * @param out       receives the sum; every entry is overwritten. Modified.
     */
    void sampleSum(int[] batch, int batchSize, double[] weights, double[] out);
}
