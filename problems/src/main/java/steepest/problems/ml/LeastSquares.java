package steepest.problems.ml;

/**
 * Regularized linear least squares, ridge regression ({@code least-squares}): with real targets yᵢ
 * and residuals rᵢ = ⟨xᵢ, w⟩ − yᵢ,
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ ½ rᵢ² + (λ/2)‖w‖² = (1/2n)‖Xw − y‖² + (λ/2)‖w‖²,
 *   ∇f(w) = (1/n) Xᵀ(Xw − y) + λw,   ∇²f = (1/n) XᵀX + λI
 * </pre>
 *
 * (Hoerl and Kennard, "Ridge regression", Technometrics 12(1), 1970). With λ = 0 it is ordinary
 * least squares, and it is the smooth part of {@link Lasso}.
 */
public final class LeastSquares extends SmoothLinearModel {

    /**
     * @param data   prepared data with a real target ({@link TargetEncoding#REGRESSION})
     * @param lambda λ &gt;= 0 ({@code lambda})
     */
    public LeastSquares(PreparedData data, double lambda) {
        super(data, 1, lambda);
    }

    @Override
    protected double lossBlock(double[] z, double[] y, int count, double[] derivativesOut) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            double r = z[t] - y[t];
            sum += 0.5 * r * r;
            derivativesOut[t] = r;
        }
        return sum;
    }

    @Override
    protected void curvatureBlock(double[] z, double[] y, double[] u, int count, double[] out) {
        System.arraycopy(u, 0, out, 0, count);
    }
}
