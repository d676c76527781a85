package steepest.optimizers.firstorder;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
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
 * <p>Per step, in torch's order: the estimate; clipping; the schedule's rate (and, for
 * {@link OneCycle} and {@link Cyclic}, its momentum, written into the rule's state as torch writes
 * it into the parameter group); the update; then the schedule advances with the value the
 * estimate returned and whether it completed an epoch ({@link Plateau} watches those). The rule
 * starts on the objective's {@link steepest.optimizers.ParameterBlocks} when it has them.
 *
 * <p>The point the run reports, {@link Search#x()} (what the {@link steepest.optimizers.Driver}
 * observes, records and returns), is {@link UpdateRule.State#reported}: the working iterate for
 * plain rules, the slow weights, the average or the schedule-free x for the wrappers. The rule's
 * {@link UpdateRule.State#averagedIterate()} (ASGD's ax) is the search's
 * {@link Search#averagedIterate()}.
 *
 * @param rule     the update rule
 * @param sampling full batch, stochastic or mini-batch
 * @param schedule the learning rate per step
 * @param clipping applied to each estimate
 */
public record GradientMethod(UpdateRule rule, Sampling sampling, Schedule schedule, Clipping clipping)
        implements Optimizer {

    /**
     * Requires every part, and a rule with the momentum a momentum-cycling schedule drives.
     *
     * @throws IllegalArgumentException naming cycle_momentum if the schedule cycles a momentum the
     *                                  rule lacks
     */
    public GradientMethod {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(clipping, "clipping");
        Set<UpdateRule.CycledMomentum> cycled = schedule.cycles();
        if (!cycled.isEmpty() && !cycled.contains(rule.cycledMomentum())) {
            throw new IllegalArgumentException("cycle_momentum=true needs a rule with "
                    + (cycled.contains(UpdateRule.CycledMomentum.BETA1) ? "a momentum or beta1 key" : "a momentum key")
                    + " (as torch 1.13's scheduler does); this rule has none: set cycle_momentum=false");
        }
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
    public OptionalLong updateLimit() {
        return schedule.updateLimit();
    }

    @Override
    public boolean keepsAveragedIterate() {
        return rule.keepsAveragedIterate();
    }

    @Override
    public Set<Capability> requirements() {
        return sampling.needsFiniteSum() ? EnumSet.of(Capability.FINITE_SUM) : Set.of();
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0, random);
    }

    /** One run; package-private so that tests can read the rate and momentum each step used. */
    final class Run implements Search {
        private final double[] x;
        private final double[] gradient;
        private final Sampling.Estimator estimator;
        private final Schedule.State rates;
        private final boolean cycling;
        private final UpdateRule.State state;
        private double learningRate = Double.NaN;
        private double momentum = Double.NaN;
        private double previousValue = Double.NaN;
        private Termination termination;

        Run(Oracle oracle, double[] x0, RandomGenerator random) {
            this.x = x0.clone();
            this.gradient = new double[x0.length];
            this.estimator = sampling.start(oracle, random);
            this.rates = schedule.start(rule.learningRate());
            this.cycling = !schedule.cycles().isEmpty();
            UpdateRule configured = cycling ? rule.withCycledMomentum(rates.momentum()) : rule;
            this.state = configured.start(oracle.parameterBlocks());
        }

        @Override
        public boolean step() {
            boolean reportsIterate = state.reported(x) == x;
            double value = estimator.estimate(x, gradient);
            if (!Double.isFinite(value)) {
                previousValue = Double.NaN;
                termination = Termination.DIVERGED;
                return false;
            }
            previousValue = reportsIterate && sampling instanceof FullBatch ? value : Double.NaN;
            clipping.clipInPlace(gradient);
            learningRate = rates.learningRate();
            if (cycling) {
                momentum = rates.momentum();
                state.setCycledMomentum(momentum);
            }
            state.applyInPlace(x, gradient, learningRate);
            estimator.afterUpdate(x);
            rates.advance(value, estimator.completedEpoch());
            return true;
        }

        @Override
        public double[] x() {
            return state.reported(x);
        }

        @Override
        public double[] averagedIterate() {
            return state.averagedIterate();
        }

        /** f at the iterate this step started from, when it was the full objective at the reported point. */
        @Override
        public double previousValue() {
            return previousValue;
        }

        @Override
        public Termination termination() {
            return termination;
        }

        /** The learning rate the last step used (NaN before the first). */
        double learningRate() {
            return learningRate;
        }

        /** The cycled momentum the last step used (NaN before the first or without cycling). */
        double momentum() {
            return momentum;
        }
    }
}
