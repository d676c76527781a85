package steepest.problems.ml;

import java.util.List;
import steepest.optimizers.Composite;
import steepest.optimizers.DataParallel;
import steepest.optimizers.Objective;
import steepest.optimizers.Regularizer;
import steepest.optimizers.ThreadShare;
import steepest.optimizers.proximal.L1Norm;
import steepest.problems.HeldOutMetrics;

/**
 * The Lasso ({@code lasso}, Tibshirani, "Regression shrinkage and selection via the lasso",
 * J. R. Statist. Soc. B 58(1), 1996), as a composite finite sum:
 *
 * <pre>
 *   F(w) = f(w) + g(w),   f(w) = (1/2n)‖Xw − y‖² ({@link LeastSquares} with λ = 0),   g(w) = λ‖w‖₁ ({@link L1Norm}),
 *   Fᵢ(w) = ½(⟨xᵢ, w⟩ − yᵢ)² + λ‖w‖₁,
 * </pre>
 *
 * the ℓ1 penalty on every coefficient, the intercept's included, as the ridge of the other models.
 * {@link #value} is F; {@link #valueAndGradient} returns F and the minimum-norm subgradient of F
 * (see {@link L1Norm#toMinimumNormSubgradient}), which is zero at a minimizer, so subgradient methods
 * apply unchanged; proximal methods use {@link #smoothPart()} and {@link #regularizer()}. The batch
 * call is the batch mean of Fᵢ with the same subgradient rule. Threads handed to the Lasso
 * ({@link DataParallel}) are its smooth part's, which sweeps the rows in fixed chunks; the penalty
 * is O(d) and stays on the calling thread.
 */
public final class Lasso implements Composite, InputGradients, HeldOutMetrics, DataParallel {

    private final LeastSquares smooth;
    private final L1Norm penalty;

    /**
     * @param data   prepared data with a real target ({@link TargetEncoding#REGRESSION})
     * @param lambda λ &gt;= 0 ({@code lambda})
     */
    public Lasso(PreparedData data, double lambda) {
        this.smooth = new LeastSquares(data, 0.0);
        this.penalty = new L1Norm(lambda);
    }

    @Override
    public Objective smoothPart() {
        return smooth;
    }

    @Override
    public Regularizer regularizer() {
        return penalty;
    }

    /** The smooth part as its concrete model (a finite sum with Hessian-vector products). */
    public LeastSquares leastSquares() {
        return smooth;
    }

    @Override
    public void useThreads(ThreadShare share) {
        smooth.useThreads(share);
    }

    @Override
    public int dimension() {
        return smooth.dimension();
    }

    @Override
    public int size() {
        return smooth.size();
    }

    @Override
    public double value(double[] w) {
        return smooth.value(w) + penalty.value(w);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradOut) {
        double f = smooth.valueAndGradient(w, gradOut);
        penalty.toMinimumNormSubgradient(w, gradOut);
        return f + penalty.value(w);
    }

    @Override
    public double valueAndGradient(double[] w, int[] batch, int batchSize, double[] gradOut) {
        double f = smooth.valueAndGradient(w, batch, batchSize, gradOut);
        penalty.toMinimumNormSubgradient(w, gradOut);
        return f + penalty.value(w);
    }

    @Override
    public int featureCount() {
        return smooth.featureCount();
    }

    @Override
    public void sampleFeatures(int sample, double[] out) {
        smooth.sampleFeatures(sample, out);
    }

    @Override
    public double sampleTarget(int sample) {
        return smooth.sampleTarget(sample);
    }

    @Override
    public double inputGradient(double[] w, double[] input, double target, double[] gradOut) {
        return smooth.inputGradient(w, input, target, gradOut);
    }

    @Override
    public List<String> testMetricNames() {
        return smooth.testMetricNames();
    }

    @Override
    public void testMetrics(double[] w, double[] out) {
        smooth.testMetrics(w, out);
    }
}
