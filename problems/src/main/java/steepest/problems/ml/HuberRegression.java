package steepest.problems.ml;

import steepest.optimizers.Checks;

/**
 * Huber regression ({@code huber}): with residuals rᵢ = ⟨xᵢ, w⟩ − yᵢ and threshold δ &gt; 0,
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ h_δ(rᵢ) + (λ/2)‖w‖²,   h_δ(r) = ½r² for |r| ≤ δ,  δ(|r| − δ/2) otherwise,
 *   h_δ'(r) = clip(r, −δ, δ),   h_δ''(r) = [|r| ≤ δ]
 * </pre>
 *
 * quadratic near zero and linear in the tails, so outliers pull with bounded force (Huber, "Robust
 * estimation of a location parameter", Ann. Math. Statist. 35(1), 1964). f is continuously
 * differentiable with a piecewise-constant second derivative; the Hessian-vector product uses the
 * generalized Hessian (1/n) Σ_{|rᵢ|≤δ} xᵢxᵢᵀ + λI.
 */
public final class HuberRegression extends SmoothLinearModel {

    private final double delta;

    /**
     * @param data   prepared data with a real target ({@link TargetEncoding#REGRESSION})
     * @param lambda λ &gt;= 0 ({@code lambda})
     * @param delta  δ &gt; 0 ({@code delta}), in the target's units (standardized by default)
     */
    public HuberRegression(PreparedData data, double lambda, double delta) {
        super(data, 1, lambda);
        this.delta = Checks.finite("delta", Checks.positive("delta", delta));
    }

    @Override
    protected double lossBlock(double[] z, double[] y, int count, double[] derivativesOut) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            double r = z[t] - y[t];
            double a = Math.abs(r);
            if (a <= delta) {
                sum += 0.5 * r * r;
                derivativesOut[t] = r;
            } else {
                sum += delta * (a - 0.5 * delta);
                derivativesOut[t] = Math.copySign(delta, r);
            }
        }
        return sum;
    }

    @Override
    protected void curvatureBlock(double[] z, double[] y, double[] u, int count, double[] out) {
        for (int t = 0; t < count; t++) {
            out[t] = Math.abs(z[t] - y[t]) <= delta ? u[t] : 0.0;
        }
    }
}
