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
 * <p><b>Evaluation.</b> Per sample one {@code Math.exp}, one {@code Math.log} (both JIT intrinsics)
 * and one division: with e = e^{−|z|} ∈ (0, 1] and u = 1 ⊕ e (the rounded sum),
 * log(1 + e^z) = max(z, 0) + log1p(e), σ(z) = 1/u or e/u, and log1p(e) = log(u) − ((u − 1) − e)/u,
 * which corrects the rounding of u to first order and keeps full relative accuracy down to
 * e → 0, where it returns e (the correction of Goldberg, "What every computer scientist should know
 * about floating-point arithmetic", ACM Computing Surveys 23(1), 1991, §4.1, in the form of
 * Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., 2002, §1.14.1).
 * {@code Math.log1p} is not an intrinsic and costs about as much again as the whole loss; the naive
 * log(1 + exp(z)) overflows for z &gt; 709 and loses all accuracy for z &lt; −37.
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
            double inverse = 1 / u;
            double log1p = Math.log(u) - ((u - 1) - e) * inverse;
            sum += Math.max(zt, 0) + log1p - y[t] * zt;
            derivativesOut[t] = (zt >= 0 ? 1 : e) * inverse - y[t];
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
