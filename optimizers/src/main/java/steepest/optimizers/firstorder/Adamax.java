package steepest.optimizers.firstorder;

/**
 * Adamax, Adam with the infinity norm, exactly as {@code torch.optim.Adamax} defines it. With
 * m_0 = u_0 = 0:
 * <pre>
 *   g ← g + λ·x
 *   m_t = β1·m_{t-1} + (1 − β1)·g,   u_t = max(β2·u_{t-1}, |g| + ε)
 *   x_t = x_{t-1} − (η / (1 − β1^t))·m_t / u_t
 * </pre>
 * ε sits inside the maximum (torch's placement; nd4j adds a fixed 10⁻³² after it instead, see the
 * tests). Reference: Kingma and Ba, "Adam: a method for stochastic optimization", ICLR 2015, §7.1,
 * algorithm 2.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1) ({@code beta1})
 * @param beta2        β2 in [0, 1) ({@code beta2})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param weightDecay  λ &gt;= 0, coupled ({@code weight_decay})
 */
public record Adamax(double learningRate, double beta1, double beta2, double epsilon, double weightDecay)
        implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 2e-3;

    /** Validates every field, naming the spec key. */
    public Adamax {
        RuleChecks.learningRate(learningRate);
        RuleChecks.beta("beta1", beta1);
        RuleChecks.beta("beta2", beta2);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("weight_decay", weightDecay);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.BETA1;
    }

    @Override
    public Adamax withCycledMomentum(double value) {
        return new Adamax(learningRate, value, beta2, epsilon, weightDecay);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] m;
        private final double[] u;
        private double b1 = beta1;
        private long step;

        State(int dimension) {
            m = new double[dimension];
            u = new double[dimension];
        }

        @Override
        public void setCycledMomentum(double value) {
            b1 = value;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            step++;
            double beta1 = b1;
            double stepSize = lr / (1 - Math.pow(beta1, step));
            double c1 = 1 - beta1;
            for (int i = 0; i < x.length; i++) {
                double gi = g[i] + weightDecay * x[i];
                double mi = beta1 * m[i] + c1 * gi;
                double ui = Math.max(beta2 * u[i], Math.abs(gi) + epsilon);
                m[i] = mi;
                u[i] = ui;
                x[i] += -stepSize * (mi / ui);
            }
        }
    }
}
