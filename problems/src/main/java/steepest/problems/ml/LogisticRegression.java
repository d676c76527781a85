package steepest.problems.ml;

import steepest.optimizers.FisherInformation;

/**
 * Binary logistic regression (spec name {@code logreg}): with labels yᵢ ∈ {0, 1} and scores
 * zᵢ = ⟨xᵢ, w⟩,
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + (λ/2)‖w‖²,
 *   ∇f(w) = (1/n) Σᵢ (pᵢ − yᵢ) xᵢ + λw,   pᵢ = σ(zᵢ) = 1/(1 + e^{−zᵢ}),
 *   ∇²f(w) = (1/n) Σᵢ pᵢ(1 − pᵢ) xᵢxᵢᵀ + λI,
 * </pre>
 *
 * the negative log-likelihood of P(y = 1 | x) = σ(⟨x, w⟩) plus a Gaussian prior (Hastie, Tibshirani
 * and Friedman, "The Elements of Statistical Learning", 2nd ed., 2009, §4.4).
 *
 * <p><b>Fisher information.</b> {@link #fisherVector} multiplies by
 * F(w) = (1/n) Σᵢ pᵢ(1 − pᵢ) xᵢxᵢᵀ + λI: the Fisher information of the model's conditional
 * distribution of y, averaged over the training inputs, E_{y~p(·|xᵢ,w)}[∇ℓᵢ ∇ℓᵢᵀ] with
 * ∇ℓᵢ = (y − pᵢ)xᵢ, plus the prior's curvature λI so that F is the curvature matrix of the whole
 * objective. Because the logistic link is canonical, the Hessian of −log p(y | x) does not depend on
 * y and F equals ∇²f exactly (Martens, "New insights and perspectives on the natural gradient
 * method", JMLR 21, 2020, §9.2); the natural gradient step is then Newton's step.
 *
 * <p><b>Evaluation.</b> Per sample one {@code Math.exp} and one {@code Math.log} (both JIT
 * intrinsics): with e = e^{−|z|} ∈ (0, 1], log(1 + e^z) = max(z, 0) + log1p(e), σ(z) = 1/(1 + e)
 * or e/(1 + e), and log1p(e) by Goldberg's formula e·log(u)/(u − 1) with u = 1 ⊕ e, accurate to a
 * few ulps (Goldberg, "What every computer scientist should know about floating-point arithmetic",
 * ACM Computing Surveys 23(1), 1991, Theorem 4). {@code Math.log1p} is not an intrinsic and costs
 * several times more; the naive log(1 + exp(z)) overflows for z &gt; 709 and loses all accuracy for
 * z &lt; −37.
 */
public final class LogisticRegression extends SmoothLinearModel implements FisherInformation {

    /**
     * @param data   prepared data with targets in {0, 1} ({@link TargetEncoding#BINARY_01})
     * @param lambda λ &gt;= 0 ({@code lambda})
     */
    public LogisticRegression(PreparedData data, double lambda) {
        super(data, 1, lambda);
        for (double y : trainTargets) {
            if (y != 0 && y != 1) {
                throw new IllegalArgumentException("logreg needs targets in {0, 1}, got " + y);
            }
        }
    }

    @Override
    protected double lossBlock(double[] z, double[] y, int count, double[] derivativesOut) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            double zt = z[t];
            double e = Math.exp(-Math.abs(zt));
            double u = 1 + e;
            double log1p = u == 1 ? e : Math.log(u) * e / (u - 1);
            double p = (zt >= 0 ? 1 : e) / u;
            sum += Math.max(zt, 0) + log1p - y[t] * zt;
            derivativesOut[t] = p - y[t];
        }
        return sum;
    }

    /** pᵢ(1 − pᵢ)·uᵢ, with pᵢ(1 − pᵢ) = e^{−|z|}/(1 + e^{−|z|})². */
    @Override
    protected void curvatureBlock(double[] z, double[] y, double[] u, int count, double[] out) {
        for (int t = 0; t < count; t++) {
            double e = Math.exp(-Math.abs(z[t]));
            double s = 1 + e;
            out[t] = e / (s * s) * u[t];
        }
    }

    /** F(w)·v, equal to ∇²f(w)·v for this model (see the class comment). */
    @Override
    public void fisherVector(double[] w, double[] v, double[] out) {
        hessianVector(w, v, out);
    }
}
