package steepest.optimizers.firstorder;

import steepest.optimizers.Checks;

/**
 * RMSProp, plain or centered, with optional momentum, exactly as {@code torch.optim.RMSprop}
 * defines it. With v_0 = ḡ_0 = b_0 = 0:
 * <pre>
 *   g ← g + λ·x
 *   v_t = α·v_{t-1} + (1 − α)·g²
 *   ḡ_t = α·ḡ_{t-1} + (1 − α)·g,  D = √(v_t − ḡ_t²) + ε   (centered)
 *   D = √v_t + ε                                          (otherwise)
 *   b_t = μ·b_{t-1} + g / D,  x_t = x_{t-1} − η·b_t        (momentum μ &gt; 0)
 *   x_t = x_{t-1} − η·g / D                                (otherwise)
 * </pre>
 * No bias correction. References: Tieleman and Hinton, "Lecture 6.5 — RMSProp", COURSERA: Neural
 * Networks for Machine Learning, 2012; Graves, "Generating sequences with recurrent neural
 * networks", arXiv:1308.0850, eq. 38–45 (the centered form with momentum).
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param alpha        α in [0, 1] ({@code alpha})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param weightDecay  λ &gt;= 0, coupled ({@code weight_decay})
 * @param momentum     μ &gt;= 0 ({@code momentum})
 * @param centered     normalize by the variance estimate v − ḡ² ({@code centered})
 */
public record RmsProp(double learningRate, double alpha, double epsilon, double weightDecay, double momentum,
                      boolean centered) implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    /** torch's default α. */
    public static final double DEFAULT_ALPHA = 0.99;

    /** Validates every field, naming the spec key. */
    public RmsProp {
        RuleChecks.learningRate(learningRate);
        Checks.inClosed("alpha", alpha, 0, 1);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("weight_decay", weightDecay);
        RuleChecks.nonNegative("momentum", momentum);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.MOMENTUM;
    }

    @Override
    public RmsProp withCycledMomentum(double value) {
        return new RmsProp(learningRate, alpha, epsilon, weightDecay, value, centered);
    }

    /** The momentum buffer exists when μ &gt; 0 at the start (torch allocates it then); a step with μ = 0 skips it. */
    private final class State implements UpdateRule.State {
        private final double[] square;
        private final double[] mean;
        private final double[] buffer;
        private double mu = momentum;

        State(int dimension) {
            square = new double[dimension];
            mean = centered ? new double[dimension] : null;
            buffer = momentum > 0 ? new double[dimension] : null;
        }

        @Override
        public void setCycledMomentum(double value) {
            if (buffer == null && value != 0) {
                throw new IllegalStateException("rmsprop started without momentum cannot cycle it to " + value);
            }
            mu = value;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            double c = 1 - alpha;
            double[] buffer = mu > 0 ? this.buffer : null;
            for (int i = 0; i < x.length; i++) {
                double gi = g[i] + weightDecay * x[i];
                double vi = alpha * square[i] + c * (gi * gi);
                square[i] = vi;
                if (mean != null) {
                    double mi = alpha * mean[i] + c * gi;
                    mean[i] = mi;
                    vi = vi - mi * mi;
                }
                double di = gi / (Math.sqrt(vi) + epsilon);
                if (buffer != null) {
                    di = mu * buffer[i] + di;
                    buffer[i] = di;
                }
                x[i] += -lr * di;
            }
        }
    }
}
