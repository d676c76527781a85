package steepest.optimizers.firstorder;

import java.util.List;
import java.util.Objects;
import steepest.optimizers.Checks;
import steepest.optimizers.ParameterBlock;

/**
 * Lookahead around any update rule: the inner rule moves "fast" weights θ for k steps from the
 * "slow" weights φ, which then move a fraction α of the way to them, and θ restarts from φ:
 * <pre>
 *   φ_0 = θ_0 = x_0;  every k inner steps:  φ ← φ + α·(θ − φ),   θ ← φ
 * </pre>
 * The inner rule's state (moments, step count) carries on across the synchronizations, as in the
 * paper and in optax's {@code lookahead} without reset. The run reports φ, the slow weights the
 * paper returns (so the recorded point changes every k steps); the gradient is taken at θ, the
 * working iterate. Reference: Zhang, Lucas, Hinton and Ba, "Lookahead optimizer: k steps forward,
 * 1 step back", NeurIPS 2019, algorithm 1 (defaults k = 5, α = 0.5).
 *
 * @param inner the rule that moves the fast weights; it must report its own iterate
 * @param steps k &gt;= 1 ({@code k})
 * @param alpha α in (0, 1] ({@code alpha})
 */
public record Lookahead(UpdateRule inner, int steps, double alpha) implements WrapperRule {

    /** The paper's k. */
    public static final int DEFAULT_STEPS = 5;
    /** The paper's α. */
    public static final double DEFAULT_ALPHA = 0.5;

    /** Validates, naming the spec keys. */
    public Lookahead {
        Objects.requireNonNull(inner, "inner");
        Checks.atLeast("k", steps, 1);
        Checks.inClosed("alpha", alpha, Double.MIN_VALUE, 1);
        WrapperRule.requireReportedIterate("lookahead", inner);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return inner.cycledMomentum();
    }

    @Override
    public Lookahead withCycledMomentum(double value) {
        return new Lookahead(inner.withCycledMomentum(value), steps, alpha);
    }

    @Override
    public UpdateRule.State start(List<ParameterBlock> blocks) {
        return new State(inner.start(blocks), blocks.get(blocks.size() - 1).end());
    }

    private final class State implements UpdateRule.State {
        private final UpdateRule.State fast;
        private final double[] slow;
        private long step;

        State(UpdateRule.State fast, int dimension) {
            this.fast = fast;
            this.slow = new double[dimension];
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            if (step == 0) {
                System.arraycopy(x, 0, slow, 0, x.length);
            }
            fast.applyInPlace(x, g, lr);
            step++;
            if (step % steps == 0) {
                for (int i = 0; i < x.length; i++) {
                    double si = slow[i] + alpha * (x[i] - slow[i]);
                    slow[i] = si;
                    x[i] = si;
                }
            }
        }

        @Override
        public void setCycledMomentum(double value) {
            fast.setCycledMomentum(value);
        }

        @Override
        public double[] reported(double[] iterate) {
            return step == 0 ? iterate : slow;
        }

        @Override
        public double[] averagedIterate() {
            return fast.averagedIterate();
        }
    }
}
