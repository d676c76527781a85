package steepest.optimizers.firstorder;

import java.util.List;
import java.util.Objects;
import steepest.optimizers.Checks;
import steepest.optimizers.ParameterBlock;

/**
 * Averaging of the iterates of any update rule; the run reports the average x̄ (the
 * {@link steepest.optimizers.Driver} observes and records it), while the gradient is taken at the
 * inner rule's iterate. After each step t the inner rule's reported point p_t enters
 * <pre>
 *   uniform (Polyak):  x̄ = p_{s+1} at the first averaged step, then x̄ ← x̄ + (p_t − x̄)/n   (n averaged so far)
 *   exponential (EMA): x̄ = p_1, then x̄ ← x̄ + (1 − β)·(p_t − x̄)
 * </pre>
 * the forms of torch's {@code swa_utils.AveragedModel} (default average, and its EMA averaging
 * function), updated after every optimizer step; before the first averaged step the run reports
 * the inner point. References: Polyak and Juditsky, "Acceleration of stochastic approximation by
 * averaging", SIAM J. Control Optim. 30(4), 1992; Ruppert, "Efficient estimations from a slowly
 * convergent Robbins–Monro process", Cornell TR 781, 1988; Izmailov et al., "Averaging weights leads
 * to wider optima and better generalization", UAI 2018 (s, torch's swa_start).
 *
 * @param inner   the rule whose iterates are averaged
 * @param weights how new points enter the average
 */
public record Averaging(UpdateRule inner, Weights weights) implements WrapperRule {

    /** Requires both parts. */
    public Averaging {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(weights, "weights");
    }

    /** How a point enters the average. */
    public sealed interface Weights {

        /** The weight of the n-th averaged point, n = 2, 3, ... (the first is copied). */
        double weight(long n);

        /** Whether step t is averaged. */
        boolean averages(long t);
    }

    /**
     * The uniform (Polyak–Ruppert) average of the points after step {@code start}, weight 1/n.
     *
     * @param start s &gt;= 0, the steps left out ({@code start})
     */
    public record Uniform(long start) implements Weights {

        /** Validates, naming the spec key. */
        public Uniform {
            Checks.atLeast("start", start, 0);
        }

        @Override
        public double weight(long n) {
            return 1.0 / n;
        }

        @Override
        public boolean averages(long t) {
            return t > start;
        }
    }

    /**
     * The exponential moving average, weight 1 − β (the first point is copied).
     *
     * @param decay β in [0, 1) ({@code decay})
     */
    public record Exponential(double decay) implements Weights {

        /** torch's default β of {@code get_ema_multi_avg_fn}. */
        public static final double DEFAULT_DECAY = 0.999;

        /** Validates, naming the spec key. */
        public Exponential {
            Checks.inHalfOpen("decay", decay, 0, 1);
        }

        @Override
        public double weight(long n) {
            return 1 - decay;
        }

        @Override
        public boolean averages(long t) {
            return true;
        }
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return inner.cycledMomentum();
    }

    @Override
    public Averaging withCycledMomentum(double value) {
        return new Averaging(inner.withCycledMomentum(value), weights);
    }

    @Override
    public UpdateRule.State start(List<ParameterBlock> blocks) {
        return new State(inner.start(blocks), blocks.get(blocks.size() - 1).end());
    }

    private final class State implements UpdateRule.State {
        private final UpdateRule.State rule;
        private final double[] average;
        private long step;
        private long count;

        State(UpdateRule.State rule, int dimension) {
            this.rule = rule;
            this.average = new double[dimension];
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            rule.applyInPlace(x, g, lr);
            step++;
            if (!weights.averages(step)) {
                return;
            }
            count++;
            double[] p = rule.reported(x);
            if (count == 1) {
                System.arraycopy(p, 0, average, 0, p.length);
                return;
            }
            double w = weights.weight(count);
            for (int i = 0; i < p.length; i++) {
                average[i] += w * (p[i] - average[i]);
            }
        }

        @Override
        public void setCycledMomentum(double value) {
            rule.setCycledMomentum(value);
        }

        @Override
        public double[] reported(double[] iterate) {
            return count == 0 ? rule.reported(iterate) : average;
        }

        @Override
        public double[] averagedIterate() {
            return rule.averagedIterate();
        }
    }
}
