package steepest.optimizers.firstorder;

/**
 * Rectified Adam, exactly as {@code torch.optim.RAdam} (1.13) defines it. With ρ_∞ = 2/(1 − β2) − 1
 * and m_0 = v_0 = 0:
 * <pre>
 *   g ← g + λ·x
 *   m_t = β1·m_{t-1} + (1 − β1)·g,   v_t = β2·v_{t-1} + (1 − β2)·g²,   m̂_t = m_t / (1 − β1^t)
 *   ρ_t = ρ_∞ − 2t·β2^t / (1 − β2^t)
 *   ρ_t &gt; 5:  r_t = √((ρ_t − 4)(ρ_t − 2)ρ_∞ / ((ρ_∞ − 4)(ρ_∞ − 2)ρ_t)),
 *             x_t = x_{t-1} − η·m̂_t·r_t·√(1 − β2^t) / (√v_t + ε)
 *   else:     x_t = x_{t-1} − η·m̂_t                       (SGD with momentum while the variance
 *                                                          of the adaptive rate is intractable)
 * </pre>
 * ε is added to √v_t before the bias correction of v is multiplied in (torch's placement). Reference:
 * Liu et al., "On the variance of the adaptive learning rate and beyond", ICLR 2020, algorithm 2.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1) ({@code beta1})
 * @param beta2        β2 in [0, 1) ({@code beta2})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param weightDecay  λ &gt;= 0, coupled ({@code weight_decay})
 */
public record RAdam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay)
        implements UpdateRule {

    /** The rectification threshold on ρ_t (torch's and the paper's 5; the paper's 4 is the pole). */
    public static final double THRESHOLD = 5;

    /** Validates every field, naming the spec key. */
    public RAdam {
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
    public RAdam withCycledMomentum(double value) {
        return new RAdam(learningRate, value, beta2, epsilon, weightDecay);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] m;
        private final double[] v;
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
            double beta1 = b1;
            double correction1 = 1 - Math.pow(beta1, step);
            double correction2 = 1 - Math.pow(beta2, step);
            double rhoInfinity = 2 / (1 - beta2) - 1;
            double rho = rhoInfinity - 2 * step * Math.pow(beta2, step) / correction2;
            boolean rectified = rho > THRESHOLD;
            double rectification = rectified ? Math.sqrt((rho - 4) * (rho - 2) * rhoInfinity
                    / ((rhoInfinity - 4) * (rhoInfinity - 2) * rho)) : 1;
            double rootCorrection2 = Math.sqrt(correction2);
            double c1 = 1 - beta1;
            double c2 = 1 - beta2;
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double gi = g[i] + weightDecay * xi;
                double mi = beta1 * m[i] + c1 * gi;
                double vi = beta2 * v[i] + c2 * (gi * gi);
                m[i] = mi;
                v[i] = vi;
                double move = mi / correction1 * lr;
                if (rectified) {
                    move = move * (rootCorrection2 / (Math.sqrt(vi) + epsilon)) * rectification;
                }
                x[i] = xi - move;
            }
        }
    }
}
