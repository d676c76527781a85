package steepest.optimizers.proximal;

import steepest.optimizers.Checks;
import steepest.optimizers.Regularizer;

/**
 * g(x) = λ‖x‖₁, whose prox is soft-thresholding,
 * prox_{t·g}(v)ᵢ = sign(vᵢ)·max(|vᵢ| − tλ, 0) (Beck and Teboulle, SIAM J. Imaging Sci. 2(1), 2009,
 * eq. 1.5; Parikh and Boyd, "Proximal Algorithms", 2014, §6.5.2).
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
            double magnitude = Math.abs(v[i]) - threshold;
            v[i] = magnitude > 0 ? Math.copySign(magnitude, v[i]) : 0.0;
        }
    }
}
