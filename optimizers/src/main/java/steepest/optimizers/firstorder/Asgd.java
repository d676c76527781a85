package steepest.optimizers.firstorder;

/**
 * Averaged stochastic gradient descent, exactly as {@code torch.optim.ASGD} (1.13) defines it: SGD
 * with a decaying step η_t and a running average ax of the iterates that starts once t exceeds t0.
 * With η_1 = lr, μ_1 = 1:
 * <pre>
 *   g ← g + λ_wd·x
 *   x ← x·(1 − λ·η_t),   x ← x − η_t·g
 *   ax ← ax + μ_t·(x − ax)   (ax ← x while μ_t = 1)
 *   η_{t+1} = lr_t / (1 + λ·lr_t·t)^α,   μ_{t+1} = 1 / max(1, t − t0)
 * </pre>
 * where lr_t is the scheduled learning rate of step t (torch reads the group's lr there), so a
 * schedule acts with a delay of one step, as in torch. The reported iterate is x, the one torch
 * updates; ax is the run's {@link UpdateRule.State#averagedIterate()} (null before the first step).
 * References: Polyak and Juditsky, "Acceleration of stochastic approximation by averaging", SIAM J.
 * Control Optim. 30(4), 1992; Bottou, "Large-scale machine learning with stochastic gradient
 * descent", COMPSTAT 2010, §4 (the step-size schedule η_0 (1 + λη_0 t)^{−α}).
 *
 * @param learningRate lr &gt; 0 ({@code lr})
 * @param lambda       λ &gt;= 0, the decay term ({@code lambd})
 * @param alpha        α &gt;= 0, the power of the step decay ({@code alpha})
 * @param t0           the step after which averaging starts, &gt;= 0 ({@code t0})
 * @param weightDecay  λ_wd &gt;= 0, coupled ({@code weight_decay})
 */
public record Asgd(double learningRate, double lambda, double alpha, double t0, double weightDecay)
        implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    /** torch's default λ. */
    public static final double DEFAULT_LAMBDA = 1e-4;
    /** torch's default α. */
    public static final double DEFAULT_ALPHA = 0.75;
    /** torch's default t0. */
    public static final double DEFAULT_T0 = 1e6;

    /** Validates every field, naming the spec key. */
    public Asgd {
        RuleChecks.learningRate(learningRate);
        RuleChecks.nonNegative("lambd", lambda);
        RuleChecks.nonNegative("alpha", alpha);
        RuleChecks.nonNegative("t0", t0);
        RuleChecks.nonNegative("weight_decay", weightDecay);
    }

    @Override
    public boolean keepsAveragedIterate() {
        return true;
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] average;
        private double eta;
        private double mu = 1;
        private long step;

        State(int dimension) {
            average = new double[dimension];
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            if (step == 0) {
                eta = lr;
            }
            step++;
            double shrink = 1 - lambda * eta;
            double rate = eta;
            double weight = mu;
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double gi = g[i] + weightDecay * xi;
                xi = xi * shrink;
                xi = xi + -rate * gi;
                x[i] = xi;
                average[i] = weight != 1 ? average[i] + (xi - average[i]) * weight : xi;
            }
            eta = lr / Math.pow(1 + lambda * lr * step, alpha);
            mu = 1 / Math.max(1, step - t0);
        }

        @Override
        public double[] averagedIterate() {
            return step == 0 ? null : average;
        }
    }
}
