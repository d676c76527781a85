package steepest.problems.ml;

import steepest.optimizers.Checks;
import steepest.optimizers.Regularizer;

/**
 * g(x) = λ‖x‖₁ with its proximal operator, soft-thresholding,
 * prox_{t·g}(v)_j = sign(v_j)·max(|v_j| − tλ, 0) (Beck and Teboulle, SIAM J. Imaging Sci. 2(1),
 * 2009, §1), and the minimum-norm element of ∂(f + g) given ∇f, which a subgradient method should
 * step along: ∇_j f + λ·sign(x_j) where x_j ≠ 0, and the soft-threshold of ∇_j f by λ where
 * x_j = 0 (zero when |∇_j f| ≤ λ, so it vanishes exactly at a minimizer).
 */
public final class L1Norm implements Regularizer {

    private final double lambda;

    /** @param lambda λ &gt;= 0 ({@code lambda}) */
    public L1Norm(double lambda) {
        this.lambda = Checks.finite("lambda", Checks.nonNegative("lambda", lambda));
    }

    /** The weight λ. */
    public double lambda() {
        return lambda;
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
        for (int j = 0; j < v.length; j++) {
            v[j] = Math.copySign(Math.max(Math.abs(v[j]) - threshold, 0.0), v[j]);
        }
    }

    /**
     * Turns the smooth part's gradient into the minimum-norm subgradient of f + g at x.
     *
     * @param x        the point. Not modified.
     * @param gradient ∇f(x) on entry, the minimum-norm element of ∂(f + g)(x) on return. Modified.
     */
    public void toMinimumNormSubgradient(double[] x, double[] gradient) {
        for (int j = 0; j < x.length; j++) {
            if (x[j] != 0) {
                gradient[j] += Math.copySign(lambda, x[j]);
            } else {
                gradient[j] = Math.copySign(Math.max(Math.abs(gradient[j]) - lambda, 0.0), gradient[j]);
            }
        }
    }
}
