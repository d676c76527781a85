package steepest.optimizers.firstorder;

import steepest.optimizers.Checks;

/**
 * Stochastic gradient descent with momentum, dampening, Nesterov momentum and coupled weight
 * decay, exactly as {@code torch.optim.SGD} defines it. With g_t the gradient estimate at x_{t-1}:
 * <pre>
 *   g ← g + λ·x                                  (weight decay λ)
 *   b_1 = g;  b_t = μ·b_{t-1} + (1 − τ)·g         (momentum μ &gt; 0, dampening τ)
 *   d = g + μ·b_t (Nesterov),  d = b_t (momentum)  or  d = g (μ = 0)
 *   x_t = x_{t-1} − η·d
 * </pre>
 * Plain gradient descent is μ = 0 with full-batch gradients. References: Polyak, "Some methods of
 * speeding up the convergence of iteration methods", USSR Comput. Math. Math. Phys. 4(5), 1964, for
 * the heavy ball; Sutskever et al., "On the importance of initialization and momentum in deep
 * learning", ICML 2013, eq. 3–4, for the Nesterov form torch uses (rewritten in terms of b).
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
            throw new IllegalArgumentException("nesterov=true requires momentum > 0 and dampening = 0, got momentum="
                    + momentum + ", dampening=" + dampening);
        }
    }

    /** Plain gradient descent with a fixed step η. */
    public static Sgd plain(double learningRate) {
        return new Sgd(learningRate, 0, 0, false, 0);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return momentum == 0 ? new Plain() : new Momentum(dimension);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.MOMENTUM;
    }

    @Override
    public Sgd withCycledMomentum(double value) {
        return new Sgd(learningRate, value, dampening, nesterov, weightDecay);
    }

    /** x ← x − η(g + λx). */
    private static void plainStep(double[] x, double[] g, double lr, double decay) {
        for (int i = 0; i < x.length; i++) {
            x[i] += -lr * (g[i] + decay * x[i]);
        }
    }

    /** Without momentum; a cycling schedule that started it at μ = 0 can only keep it there. */
    private final class Plain implements UpdateRule.State {
        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            plainStep(x, g, lr, weightDecay);
        }

        @Override
        public void setCycledMomentum(double value) {
            if (value != 0) {
                throw new IllegalStateException("sgd started without momentum cannot cycle it to " + value);
            }
        }
    }

    /**
     * The momentum forms in one loop: the buffer starts at zero, and step 1 uses μ = 0 and τ = 0
     * in the buffer update, so b_1 = 0·0 + 1·g = g exactly; d = c_g·g + c_b·b with (c_g, c_b) =
     * (1, μ) for Nesterov and (0, 1) otherwise, which is exact in floating point. μ is the
     * configured momentum unless a schedule cycles it; a step with μ = 0 leaves the buffer alone and
     * moves along g, as torch skips its momentum branch then.
     */
    private final class Momentum implements UpdateRule.State {
        private final double[] buffer;
        private double mu = momentum;
        private long step;

        Momentum(int dimension) {
            this.buffer = new double[dimension];
        }

        @Override
        public void setCycledMomentum(double value) {
            mu = value;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            if (mu == 0) {
                plainStep(x, g, lr, weightDecay);
                return;
            }
            step++;
            double keep = step == 1 ? 0 : mu;
            double add = step == 1 ? 1 : 1 - dampening;
            double fromGradient = nesterov ? 1 : 0;
            double fromBuffer = nesterov ? mu : 1;
            double decay = weightDecay;
            double[] b = buffer;
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double gi = g[i] + decay * xi;
                double bi = keep * b[i] + add * gi;
                b[i] = bi;
                x[i] = xi + -lr * (fromGradient * gi + fromBuffer * bi);
            }
        }
    }
}
