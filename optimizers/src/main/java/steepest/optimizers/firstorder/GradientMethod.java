package steepest.optimizers.firstorder;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.Capability;
import steepest.optimizers.Oracle;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;

/**
 * Every first-order method as one composition: a gradient estimate from a {@link Sampling}, then
 * {@link Clipping}, then the {@link UpdateRule} with the learning rate η_k of the {@link Schedule}
 * for the rule's base rate η. Step k + 1 evaluates at x_k and moves to x_{k+1}, so after k steps
 * exactly k estimates have been spent. A non-finite value estimate ends the run as diverged.
 * This is the one loop of the family: batch, stochastic and mini-batch descent and every update
 * rule run through it.
 *
 * @param rule     the update rule
 * @param sampling full batch, stochastic or mini-batch
 * @param schedule the learning rate per step
 * @param clipping applied to each estimate
 */
public record GradientMethod(UpdateRule rule, Sampling sampling, Schedule schedule, Clipping clipping)
        implements Optimizer {

    /** Requires every part. */
    public GradientMethod {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(clipping, "clipping");
    }

    /** Full-batch gradients, constant learning rate, no clipping. */
    public static GradientMethod batch(UpdateRule rule) {
        return new GradientMethod(rule, new FullBatch(), Schedule.CONSTANT, Clipping.NONE);
    }

    /**
     * The step η when this is plain gradient descent with a constant step, x ← x − η∇f(x): SGD's
     * rule without momentum or weight decay, on full batches, with the constant schedule and no
     * clipping (what theory about constant-step gradient descent, such as its noise floor, speaks
     * of); empty for anything else.
     */
    public OptionalDouble constantStep() {
        return rule instanceof Sgd sgd && sgd.momentum() == 0 && sgd.weightDecay() == 0
                && sampling instanceof FullBatch && schedule == Schedule.CONSTANT && clipping == Clipping.NONE
                ? OptionalDouble.of(sgd.learningRate()) : OptionalDouble.empty();
    }

    @Override
    public Set<Capability> requirements() {
        return sampling.needsFiniteSum() ? EnumSet.of(Capability.FINITE_SUM) : Set.of();
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0, random);
    }

    private final class Run implements Search {
        private final double[] x;
        private final double[] gradient;
        private final Sampling.Estimator estimator;
        private final UpdateRule.State state;
        private long steps;
        private Termination termination;

        Run(Oracle oracle, double[] x0, RandomGenerator random) {
            this.x = x0.clone();
            this.gradient = new double[x0.length];
            this.estimator = sampling.start(oracle, random);
            this.state = rule.start(x0.length);
        }

        @Override
        public boolean step() {
            double value = estimator.estimate(x, gradient);
            if (!Double.isFinite(value)) {
                termination = Termination.DIVERGED;
                return false;
            }
            clipping.clipInPlace(gradient);
            state.applyInPlace(x, gradient, schedule.learningRate(rule.learningRate(), steps));
            estimator.afterUpdate(x);
            steps++;
            return true;
        }

        @Override
        public double[] x() {
            return x;
        }

        @Override
        public Termination termination() {
            return termination;
        }
    }
}
