package steepest.optimizers.firstorder;

/**
 * Lion (evolved sign momentum), as optax's {@code lion} defines it ({@code scale_by_lion}, then
 * {@code add_decayed_weights}, then {@code scale_by_learning_rate}):
 * <pre>
 *   c = (1 − β1)·g + β1·m,   x ← x − η·(sign(c) + λ·x),   m ← (1 − β2)·g + β2·m
 * </pre>
 * with m_0 = 0 and sign(0) = 0. Every entry of an update without weight decay is exactly −η, 0 or
 * +η: the step has the same size in every coordinate, whatever the gradient's scale. Weight decay
 * is decoupled and multiplied by the scheduled η, as optax and torch's AdamW do. Reference: Chen et
 * al., "Symbolic discovery of optimization algorithms", NeurIPS 2023, algorithm 2. optax requires
 * a learning rate; the default here, 1e-4, is the paper's advice of a rate 3–10 times smaller than
 * AdamW's (1e-3).
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1), the interpolation of the update ({@code beta1}, optax's b1)
 * @param beta2        β2 in [0, 1), the momentum decay ({@code beta2}, optax's b2)
 * @param weightDecay  λ &gt;= 0, decoupled ({@code weight_decay})
 */
public record Lion(double learningRate, double beta1, double beta2, double weightDecay) implements UpdateRule {

    /** The default η (optax has none; see the class comment). */
    public static final double DEFAULT_LEARNING_RATE = 1e-4;
    /** optax's default β1. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** optax's default β2. */
    public static final double DEFAULT_BETA2 = 0.99;
    /** optax's default λ. */
    public static final double DEFAULT_WEIGHT_DECAY = 1e-3;

    /** Validates every field, naming the spec key. */
    public Lion {
        RuleChecks.learningRate(learningRate);
        RuleChecks.beta("beta1", beta1);
        RuleChecks.beta("beta2", beta2);
        RuleChecks.nonNegative("weight_decay", weightDecay);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.BETA1;
    }

    @Override
    public Lion withCycledMomentum(double value) {
        return new Lion(learningRate, value, beta2, weightDecay);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] m;
        private double b1 = beta1;

        State(int dimension) {
            m = new double[dimension];
        }

        @Override
        public void setCycledMomentum(double value) {
            b1 = value;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            double beta1 = b1;
            double c1 = 1 - beta1;
            double c2 = 1 - beta2;
            double decay = weightDecay;
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double gi = g[i];
                double mi = m[i];
                double direction = Sign.of(c1 * gi + beta1 * mi) + decay * xi;
                x[i] = xi + -lr * direction;
                m[i] = c2 * gi + beta2 * mi;
            }
        }
    }
}
