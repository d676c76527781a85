package steepest.optimizers.firstorder;

import java.util.List;
import java.util.Objects;
import steepest.optimizers.Checks;
import steepest.optimizers.ParameterBlock;

/**
 * Schedule-free learning around any update rule: the inner rule moves a base sequence z with the
 * gradient taken at an interpolation y of z and the running average x, and the run reports x, the
 * point the method's guarantees are about. With z_1 = x_1 = y_1 = x_0 and γ_t the scheduled rate:
 * <pre>
 *   z ← z − γ_t·λ·y                        (weight decay at y)
 *   z ← inner step from z with ∇f(y_t)     (plain SGD: z − γ_t·∇f(y_t))
 *   w_t = t^r·(max_{i&lt;=t} γ_i)^p,   c_{t+1} = w_t / Σ_{i&lt;=t} w_i
 *   x ← x + c_{t+1}·(z − x),   y ← x + (1 − β)·(z − x)    (= (1 − β)z + βx)
 * </pre>
 * With SGD as the inner rule this is Schedule-Free SGD, with Adam at β1 = 0 Schedule-Free AdamW
 * (the {@code schedule-free-sgd} and {@code schedule-free-adamw} entries build exactly these);
 * other inner rules give the authors' ScheduleFreeWrapper. β = 0 makes y = z: the inner rule's own
 * run, with x its (γ^p-weighted) average. Reference: Defazio, Yang, Mehta, Mishchenko, Khaled and
 * Cutkosky, "The road less scheduled", NeurIPS 2024, algorithm 1 and §4 (the weights c_{t+1} with
 * warm-up); the authors' reference implementations fix the interpolation and weights used here.
 * The run starts the inner rule on z, so the inner rule must report its own iterate.
 *
 * @param inner         the rule that moves z
 * @param momentum      β in [0, 1] ({@code momentum}; the authors' SGD default 0.9)
 * @param weightDecay   λ &gt;= 0, applied at y ({@code weight_decay})
 * @param power         r &gt;= 0, polynomial weighting ({@code r})
 * @param weightLrPower p &gt;= 0 ({@code weight_lr_power})
 */
public record ScheduleFree(UpdateRule inner, double momentum, double weightDecay, double power,
                           double weightLrPower) implements WrapperRule {

    /** The authors' default β. */
    public static final double DEFAULT_MOMENTUM = 0.9;
    /** The authors' default p. */
    public static final double DEFAULT_WEIGHT_LR_POWER = 2;

    /** Validates, naming the spec keys. */
    public ScheduleFree {
        Objects.requireNonNull(inner, "inner");
        Checks.inClosed("momentum", momentum, 0, 1);
        RuleChecks.nonNegative("weight_decay", weightDecay);
        RuleChecks.nonNegative("r", power);
        RuleChecks.nonNegative("weight_lr_power", weightLrPower);
        WrapperRule.requireReportedIterate("schedule-free", inner);
    }

    @Override
    public UpdateRule.State start(List<ParameterBlock> blocks) {
        return new State(inner.start(blocks), blocks.get(blocks.size() - 1).end());
    }

    private final class State implements UpdateRule.State {
        private final UpdateRule.State rule;
        private final double[] z;
        private final double[] average;
        private double maxRate = -1;
        private double weightSum;
        private long step;

        State(UpdateRule.State rule, int dimension) {
            this.rule = rule;
            this.z = new double[dimension];
            this.average = new double[dimension];
        }

        @Override
        public void applyInPlace(double[] y, double[] g, double lr) {
            if (step == 0) {
                System.arraycopy(y, 0, z, 0, y.length);
                System.arraycopy(y, 0, average, 0, y.length);
            }
            if (weightDecay != 0) {
                double shrink = lr * weightDecay;
                for (int i = 0; i < y.length; i++) {
                    z[i] -= shrink * y[i];
                }
            }
            rule.applyInPlace(z, g, lr);
            step++;
            maxRate = Math.max(maxRate, lr);
            double weight = Math.pow(step, power) * Math.pow(maxRate, weightLrPower);
            weightSum += weight;
            double c = weightSum > 0 ? weight / weightSum : 0;
            double toZ = 1 - momentum;
            for (int i = 0; i < y.length; i++) {
                double zi = z[i];
                double xi = average[i] + c * (zi - average[i]);
                average[i] = xi;
                y[i] = xi + toZ * (zi - xi);
            }
        }

        @Override
        public double[] reported(double[] iterate) {
            return step == 0 ? iterate : average;
        }

        @Override
        public double[] averagedIterate() {
            return rule.averagedIterate();
        }
    }
}
