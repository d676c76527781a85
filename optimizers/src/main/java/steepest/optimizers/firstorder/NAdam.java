package steepest.optimizers.firstorder;

/**
 * NAdam (Adam with Nesterov momentum and a momentum schedule) as {@code torch.optim.NAdam}
 * documents it. With ψ the momentum decay, μ_t = β1·(1 − ½·0.96^(tψ)) and Π_t = μ_1···μ_t:
 * <pre>
 *   g ← g + λ·x
 *   m_t = β1·m_{t-1} + (1 − β1)·g,   v_t = β2·v_{t-1} + (1 − β2)·g²
 *   D = √(v_t / (1 − β2^t)) + ε
 *   x ← x − η·(1 − μ_t) / (1 − Π_t)·g / D
 *   x ← x − η·μ_{t+1} / (1 − Π_t·μ_{t+1})·m_t / D
 * </pre>
 * i.e. m̂_t = μ_{t+1}·m_t / (1 − Π_{t+1}) + (1 − μ_t)·g / (1 − Π_t), applied as two in-place steps
 * in torch's order. torch 1.13 (Debian's) uses Π_t·μ_t·μ_{t+1} in the second denominator, a bug
 * later releases fixed; this class follows the documented form. Reference: Dozat, "Incorporating
 * Nesterov momentum into Adam", ICLR 2016 workshop, algorithm 2 (with torch's ε placement and
 * bias correction of v).
 *
 * @param learningRate  η &gt; 0 ({@code lr})
 * @param beta1         β1 in [0, 1) ({@code beta1})
 * @param beta2         β2 in [0, 1) ({@code beta2})
 * @param epsilon       ε &gt; 0 ({@code eps})
 * @param weightDecay   λ &gt;= 0, coupled ({@code weight_decay})
 * @param momentumDecay ψ &gt;= 0 ({@code momentum_decay})
 */
public record NAdam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                    double momentumDecay) implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 2e-3;
    /** torch's default ψ. */
    public static final double DEFAULT_MOMENTUM_DECAY = 4e-3;

    /** Validates every field, naming the spec key. */
    public NAdam {
        RuleChecks.learningRate(learningRate);
        RuleChecks.beta("beta1", beta1);
        RuleChecks.beta("beta2", beta2);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("weight_decay", weightDecay);
        RuleChecks.nonNegative("momentum_decay", momentumDecay);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.BETA1;
    }

    @Override
    public NAdam withCycledMomentum(double value) {
        return new NAdam(learningRate, value, beta2, epsilon, weightDecay, momentumDecay);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    /** μ_t for the current β1 (a momentum-cycling schedule may change it between steps, as in torch). */
    private double mu(double b1, long t) {
        return b1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
    }

    private final class State implements UpdateRule.State {
        private final double[] m;
        private final double[] v;
        private double muProduct = 1;
        private double b1 = beta1;
        private long step;

        State(int dimension) {
            m = new double[dimension];
            v = new double[dimension];
        }

        @Override
        public void setCycledMomentum(double value) {
            b1 = value;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            step++;
            double correction = 1 - Math.pow(beta2, step);
            double mu = mu(b1, step);
            double muNext = mu(b1, step + 1);
            muProduct *= mu;
            double gradientStep = -lr * (1 - mu) / (1 - muProduct);
            double momentumStep = -lr * muNext / (1 - muProduct * muNext);
            double beta1 = b1;
            double c1 = 1 - beta1;
            double c2 = 1 - beta2;
            for (int i = 0; i < x.length; i++) {
                double gi = g[i] + weightDecay * x[i];
                double mi = beta1 * m[i] + c1 * gi;
                double vi = beta2 * v[i] + c2 * (gi * gi);
                m[i] = mi;
                v[i] = vi;
                double denominator = Math.sqrt(vi / correction) + epsilon;
                double xi = x[i] + gradientStep * (gi / denominator);
                x[i] = xi + momentumStep * (mi / denominator);
            }
        }
    }
}
