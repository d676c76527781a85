package steepest.problems.ml;

/**
 * A linear support vector machine with the squared hinge loss, the L2-loss SVM
 * ({@code svm-squared-hinge}): with labels yᵢ ∈ {−1, +1} and margins mᵢ = 1 − yᵢ⟨xᵢ, w⟩,
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ max(0, mᵢ)² + (λ/2)‖w‖²,
 *   ∇f(w) = −(2/n) Σᵢ yᵢ max(0, mᵢ) xᵢ + λw,   generalized ∇²f = (2/n) Σ_{mᵢ&gt;0} xᵢxᵢᵀ + λI
 * </pre>
 *
 * (the loss of LIBLINEAR's L2-SVM, Fan et al., "LIBLINEAR: a library for large linear
 * classification", JMLR 9, 2008, with C = 1/(nλ)). Continuously differentiable with a piecewise
 * constant second derivative; Newton's method on it is Mangasarian's finite Newton method
 * (Optim. Methods Softw. 17(5), 2002).
 */
public final class SquaredHingeSvm extends SmoothLinearModel {

    /**
     * @param data   prepared data with targets in {−1, +1} ({@link TargetEncoding#BINARY_SIGNED})
     * @param lambda λ &gt;= 0 ({@code lambda})
     */
    public SquaredHingeSvm(PreparedData data, double lambda) {
        super(data, 1, lambda);
        HingeSvm.requireSigned(trainTargets, "svm-squared-hinge");
    }

    @Override
    protected double lossBlock(double[] z, double[] y, int count, double[] derivativesOut) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            double margin = Math.max(0, 1 - y[t] * z[t]);
            sum += margin * margin;
            derivativesOut[t] = -2 * y[t] * margin;
        }
        return sum;
    }

    @Override
    protected void curvatureBlock(double[] z, double[] y, double[] u, int count, double[] out) {
        for (int t = 0; t < count; t++) {
            out[t] = 1 - y[t] * z[t] > 0 ? 2 * u[t] : 0.0;
        }
    }
}
