package steepest.optimizers.firstorder;

import steepest.optimizers.Checks;

/**
 * Stochastic gradient descent with momentum, dampening, Nesterov momentum and coupled weight
 * decay, exactly as {@code torch.optim.SGD} defines it. With g_t the gradient estimate at x_{t-1}:
 * <pre>
 *   g ← g + λ·x                                  (weight decay λ, if λ ≠ 0)
 *   b_1 = g;  b_t = μ·b_{t-1} + (1 − τ)·g         (momentum μ, dampening τ, if μ ≠ 0)
 *   d = g + μ·b_t (Nesterov)  or  d = b_t  (or d = g without momentum)
 *   x_t = x_{t-1} − η·d
 * </pre>
 * Plain gradient descent is μ = 0 with full-batch gradients. References: Polyak (1964) for the
 * heavy ball; Sutskever et al., "On the importance of initialization and momentum in deep
 * learning", ICML 2013, for the Nesterov form torch uses.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param momentum     μ &gt;= 0 ({@code momentum})
 * @param dampening    τ ({@code dampening})
 * @param nesterov     Nesterov momentum; needs μ &gt; 0 and τ = 0 ({@code nesterov})
 * @param weightDecay  λ &gt;= 0 ({@code weight_decay})
 */
public record Sgd(double learningRate, double momentum, double dampening, boolean nesterov, double weightDecay)
        implements UpdateRule {

    /** torch ≥ 2.0's default learning rate (1.13 requires one). */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    /** Validates every field with torch's checks, naming the spec key. */
    public Sgd {
        Checks.positive("lr", learningRate);
        Checks.finite("lr", learningRate);
        Checks.nonNegative("momentum", momentum);
        Checks.finite("momentum", momentum);
        Checks.finite("dampening", dampening);
        Checks.nonNegative("weight_decay", weightDecay);
        Checks.finite("weight_decay", weightDecay);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("nesterov requires momentum > 0 and dampening = 0, got momentum="
                    + momentum + ", dampening=" + dampening);
        }
    }

    /** Plain gradient descent with a fixed step η. */
    public static Sgd plain(double learningRate) {
        return new Sgd(learningRate, 0, 0, false, 0);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(momentum != 0 ? new double[dimension] : null);
    }

    private final class State implements UpdateRule.State {
        private final double[] buffer;
        private long step;

        State(double[] buffer) {
            this.buffer = buffer;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            step++;
            if (buffer == null) {
                if (weightDecay == 0) {
                    for (int i = 0; i < x.length; i++) {
                        x[i] += -lr * g[i];
                    }
                } else {
                    for (int i = 0; i < x.length; i++) {
                        double gi = g[i] + weightDecay * x[i];
                        x[i] += -lr * gi;
                    }
                }
                return;
            }
            boolean first = step == 1;
            double keep = 1 - dampening;
            for (int i = 0; i < x.length; i++) {
                double gi = weightDecay == 0 ? g[i] : g[i] + weightDecay * x[i];
                double b = first ? gi : momentum * buffer[i] + keep * gi;
                buffer[i] = b;
                double d = nesterov ? gi + momentum * b : b;
                x[i] += -lr * d;
            }
        }
    }
}
