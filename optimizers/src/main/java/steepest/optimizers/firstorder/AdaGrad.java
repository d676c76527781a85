package steepest.optimizers.firstorder;

import java.util.Arrays;

/**
 * AdaGrad with learning-rate decay, exactly as {@code torch.optim.Adagrad} defines it. With the
 * accumulator s_0 = {@code initial_accumulator_value}:
 * <pre>
 *   g ← g + λ·x
 *   s_t = s_{t-1} + g²
 *   x_t = x_{t-1} − η / (1 + (t − 1)·δ)·g / (√s_t + ε)
 * </pre>
 * Reference: Duchi, Hazan and Singer, "Adaptive subgradient methods for online learning and
 * stochastic optimization", JMLR 12, 2011, the diagonal-matrix update (with torch's ε outside the
 * root and its decay δ of the step).
 *
 * @param learningRate        η &gt; 0 ({@code lr})
 * @param learningRateDecay   δ &gt;= 0 ({@code lr_decay})
 * @param weightDecay         λ &gt;= 0, coupled ({@code weight_decay})
 * @param initialAccumulator  s_0 &gt;= 0 ({@code initial_accumulator_value})
 * @param epsilon             ε &gt; 0 ({@code eps})
 */
public record AdaGrad(double learningRate, double learningRateDecay, double weightDecay, double initialAccumulator,
                      double epsilon) implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    /** torch's default ε. */
    public static final double DEFAULT_EPSILON = 1e-10;

    /** Validates every field, naming the spec key. */
    public AdaGrad {
        RuleChecks.learningRate(learningRate);
        RuleChecks.nonNegative("lr_decay", learningRateDecay);
        RuleChecks.nonNegative("weight_decay", weightDecay);
        RuleChecks.nonNegative("initial_accumulator_value", initialAccumulator);
        RuleChecks.epsilon(epsilon);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] sum;
        private long step;

        State(int dimension) {
            sum = new double[dimension];
            Arrays.fill(sum, initialAccumulator);
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            step++;
            double stepSize = lr / (1 + (step - 1) * learningRateDecay);
            for (int i = 0; i < x.length; i++) {
                double gi = g[i] + weightDecay * x[i];
                double si = sum[i] + gi * gi;
                sum[i] = si;
                x[i] += -stepSize * (gi / (Math.sqrt(si) + epsilon));
            }
        }
    }
}
