package steepest.optimizers.firstorder;

import steepest.optimizers.Checks;

/**
 * AdaDelta, exactly as {@code torch.optim.Adadelta} defines it. With v_0 = a_0 = 0:
 * <pre>
 *   g ← g + λ·x
 *   v_t = ρ·v_{t-1} + (1 − ρ)·g²
 *   Δ_t = √(a_{t-1} + ε) / √(v_t + ε)·g
 *   a_t = ρ·a_{t-1} + (1 − ρ)·Δ_t²
 *   x_t = x_{t-1} − η·Δ_t
 * </pre>
 * η scales only the applied step, not the accumulated a (torch's extension; the paper has η = 1).
 * Reference: Zeiler, "ADADELTA: an adaptive learning rate method", arXiv:1212.5701, 2012,
 * algorithm 1.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param rho          ρ in [0, 1] ({@code rho})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param weightDecay  λ &gt;= 0, coupled ({@code weight_decay})
 */
public record AdaDelta(double learningRate, double rho, double epsilon, double weightDecay) implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 1.0;
    /** torch's default ρ. */
    public static final double DEFAULT_RHO = 0.9;
    /** torch's default ε. */
    public static final double DEFAULT_EPSILON = 1e-6;

    /** Validates every field, naming the spec key. */
    public AdaDelta {
        RuleChecks.learningRate(learningRate);
        Checks.inClosed("rho", rho, 0, 1);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("weight_decay", weightDecay);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] square;
        private final double[] delta;

        State(int dimension) {
            square = new double[dimension];
            delta = new double[dimension];
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            double c = 1 - rho;
            for (int i = 0; i < x.length; i++) {
                double gi = g[i] + weightDecay * x[i];
                double vi = rho * square[i] + c * (gi * gi);
                square[i] = vi;
                double di = Math.sqrt(delta[i] + epsilon) / Math.sqrt(vi + epsilon) * gi;
                delta[i] = rho * delta[i] + c * (di * di);
                x[i] += -lr * di;
            }
        }
    }
}
