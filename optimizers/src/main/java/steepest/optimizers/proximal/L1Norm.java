package steepest.optimizers.proximal;

import steepest.optimizers.Checks;
import steepest.optimizers.Regularizer;

/**
 * g(x) = λ‖x‖₁, whose prox is soft-thresholding,
 * prox_{t·g}(v)ᵢ = sign(vᵢ)·max(|vᵢ| − tλ, 0) (Beck and Teboulle, SIAM J. Imaging Sci. 2(1), 2009,
 * eq. 1.5; Parikh and Boyd, "Proximal Algorithms", 2014, §6.5.2), and the minimum-norm element of
 * ∂(f + g) given ∇f, which a subgradient method should step along: ∇ᵢf + λ·sign(xᵢ) where xᵢ ≠ 0,
 * and the soft-threshold of ∇ᵢf by λ where xᵢ = 0 (zero when |∇ᵢf| &lt;= λ, so it vanishes exactly
 * at a minimizer). The one soft-thresholding of the suite: the Lasso problem uses it too.
 *
 * @param lambda λ &gt;= 0, finite ({@code lambda})
 */
public record L1Norm(double lambda) implements Regularizer {

    /** Validates, naming the spec key. */
    public L1Norm {
        Checks.nonNegative("lambda", lambda);
        Checks.finite("lambda", lambda);
    }

    @Override
    public double value(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += Math.abs(v);
        }
        return lambda * sum;
    }

    @Override
    public void proxInPlace(double[] v, double step) {
        double threshold = step * lambda;
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.copySign(Math.max(Math.abs(v[i]) - threshold, 0.0), v[i]);
        }
    }

    /**
     * Turns the smooth part's gradient into the minimum-norm subgradient of f + g at x.
     *
     * @param x        the point. Not modified.
     * @param gradient ∇f(x) on entry, the minimum-norm element of ∂(f + g)(x) on return. Modified.
     */
    public void toMinimumNormSubgradient(double[] x, double[] gradient) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                gradient[i] += Math.copySign(lambda, x[i]);
            } else {
                gradient[i] = Math.copySign(Math.max(Math.abs(gradient[i]) - lambda, 0.0), gradient[i]);
            }
        }
    }
}
