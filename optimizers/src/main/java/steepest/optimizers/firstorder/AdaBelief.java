package steepest.optimizers.firstorder;

/**
 * AdaBelief, as optax's {@code adabelief} defines it ({@code scale_by_belief}, then
 * {@code add_decayed_weights}, then {@code scale_by_learning_rate}): Adam with the second moment of
 * the prediction error g − m (the "belief" in the gradient) in place of g². With m_0 = s_0 = 0:
 * <pre>
 *   m_t = β1·m_{t-1} + (1 − β1)·g,   s_t = β2·s_{t-1} + (1 − β2)·(g − m_t)² + ε_root
 *   u = (m_t / (1 − β1^t)) / (√(s_t / (1 − β2^t)) + ε) + λ·x
 *   x ← x − η·u
 * </pre>
 * Reference: Zhuang et al., "AdaBelief optimizer: adapting stepsizes by the belief in observed
 * gradients", NeurIPS 2020, algorithm 2 (one ε in both places; optax splits it into eps and
 * eps_root, both 1e-16 by default, where the paper suggests 1e-8 and 0). optax requires a learning
 * rate; the default here, 1e-3, is the paper's.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1) ({@code beta1})
 * @param beta2        β2 in [0, 1) ({@code beta2})
 * @param epsilon      ε &gt; 0, outside the root ({@code eps})
 * @param epsilonRoot  ε_root &gt;= 0, added to s ({@code eps_root})
 * @param weightDecay  λ &gt;= 0, decoupled ({@code weight_decay})
 */
public record AdaBelief(double learningRate, double beta1, double beta2, double epsilon, double epsilonRoot,
                        double weightDecay) implements UpdateRule {

    /** The default η (optax has none). */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    /** optax's default ε and ε_root. */
    public static final double DEFAULT_EPSILON = 1e-16;

    /** Validates every field, naming the spec key. */
    public AdaBelief {
        RuleChecks.learningRate(learningRate);
        RuleChecks.beta("beta1", beta1);
        RuleChecks.beta("beta2", beta2);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("eps_root", epsilonRoot);
        RuleChecks.nonNegative("weight_decay", weightDecay);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.BETA1;
    }

    @Override
    public AdaBelief withCycledMomentum(double value) {
        return new AdaBelief(learningRate, value, beta2, epsilon, epsilonRoot, weightDecay);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] m;
        private final double[] s;
        private double b1 = beta1;
        private long step;

        State(int dimension) {
            m = new double[dimension];
            s = new double[dimension];
        }

        @Override
        public void setCycledMomentum(double value) {
            b1 = value;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            step++;
            double beta1 = b1;
            double correction1 = 1 - Math.pow(beta1, step);
            double correction2 = 1 - Math.pow(beta2, step);
            double c1 = 1 - beta1;
            double c2 = 1 - beta2;
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double gi = g[i];
                double mi = beta1 * m[i] + c1 * gi;
                double error = gi - mi;
                double si = beta2 * s[i] + c2 * (error * error) + epsilonRoot;
                m[i] = mi;
                s[i] = si;
                double u = (mi / correction1) / (Math.sqrt(si / correction2) + epsilon) + weightDecay * xi;
                x[i] = xi + -lr * u;
            }
        }
    }
}
