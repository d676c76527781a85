package steepest.optimizers.firstorder;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import steepest.optimizers.Checks;

/**
 * A learning-rate schedule: the rate η_k used by update k + 1, for a base rate η (the rule's
 * {@code lr}), with k = 0 for the first update. This is torch's {@code last_epoch} convention for a
 * scheduler stepped once per optimizer step: {@code optimizer.step()} then {@code scheduler.step()}.
 *
 * <p>A schedule is an immutable setting; {@link #start} creates the per-run {@link State}, which
 * {@link GradientMethod} reads before every update and advances after it, handing it the loss the
 * update's own gradient call returned (what {@link Plateau} watches). Most schedules are closed
 * forms of k ({@link ClosedForm}: the records nested here, {@link OneCycle}, {@link Cyclic}); where
 * torch multiplies recursively, the closed form agrees with it to rounding. {@link CosineRestarts}
 * and {@link Plateau} keep their own state, as torch's do; {@link Warmup} puts a linear ramp in
 * front of any schedule. {@link OneCycle} and {@link Cyclic} also cycle the rule's momentum
 * ({@link #cycles()}).
 */
public interface Schedule {

    /**
     * The most updates this schedule allows, or empty for no limit: torch's OneCycleLR raises past
     * its {@code total_steps}, so a budget of more iterations is refused before a run starts.
     */
    default OptionalLong updateLimit() {
        return OptionalLong.empty();
    }

    /** The constant schedule, η_k = η. */
    ClosedForm CONSTANT = (base, k) -> base;

    /**
     * Starts the schedule of one run.
     *
     * @param base η, the rule's base learning rate
     */
    State start(double base);

    /**
     * The hyperparameters this schedule sets before every update besides the learning rate: the
     * kinds of momentum it can cycle ({@link UpdateRule#cycledMomentum()}), empty when it cycles
     * none. {@link GradientMethod} refuses a rule whose kind is not among them.
     */
    default Set<UpdateRule.CycledMomentum> cycles() {
        return Set.of();
    }

    /** The schedule of one run: read before each update, advanced after it. */
    interface State {

        /** The learning rate for the next update. */
        double learningRate();

        /** The momentum for the next update when the schedule {@link #cycles()} one, else NaN. */
        default double momentum() {
            return Double.NaN;
        }

        /**
         * Moves past the update just made.
         *
         * @param loss       the loss the update's gradient call returned: f(x_k) for the full
         *                   batch, the batch mean for a mini-batch
         * @param epochEnded whether that call completed a pass over the data (always, for the full
         *                   batch)
         */
        void advance(double loss, boolean epochEnded);
    }

    /**
     * A schedule that is a function of the update count alone, η_k = rate(η, k), with no state.
     */
    @FunctionalInterface
    interface ClosedForm extends Schedule {

        /**
         * The learning rate for update k + 1.
         *
         * @param base η, the rule's base learning rate
         * @param k    the number of updates already made, &gt;= 0
         */
        double learningRate(double base, long k);

        /** The momentum for update k + 1, for schedules that cycle one; NaN otherwise. */
        default double momentum(long k) {
            return Double.NaN;
        }

        @Override
        default State start(double base) {
            return new Counter(this, base);
        }
    }

    /**
     * Step decay, η_k = η·γ^⌊k / s⌋: torch's {@code StepLR(step_size=s, gamma=γ)}.
     *
     * @param stepSize s &gt;= 1 ({@code step_size})
     * @param gamma    γ in (0, 1] ({@code gamma})
     */
    record Step(long stepSize, double gamma) implements ClosedForm {

        /** Validates, naming the spec keys. */
        public Step {
            Checks.atLeast("step_size", stepSize, 1);
            Checks.inClosed("gamma", gamma, Double.MIN_VALUE, 1);
        }

        @Override
        public double learningRate(double base, long k) {
            return base * Math.pow(gamma, (double) (k / stepSize));
        }
    }

    /**
     * Exponential decay, η_k = η·γ^k: torch's {@code ExponentialLR(gamma=γ)}.
     *
     * @param gamma γ in (0, 1] ({@code gamma})
     */
    record Exponential(double gamma) implements ClosedForm {

        /** Validates, naming the spec key. */
        public Exponential {
            Checks.inClosed("gamma", gamma, Double.MIN_VALUE, 1);
        }

        @Override
        public double learningRate(double base, long k) {
            return base * Math.pow(gamma, (double) k);
        }
    }

    /**
     * Inverse-time decay, η_k = η / (1 + γ·k) (Keras' {@code InverseTimeDecay} with one decay step;
     * in torch, {@code LambdaLR(lambda k: 1 / (1 + γ k))}).
     *
     * @param gamma γ &gt;= 0 ({@code gamma})
     */
    record InverseTime(double gamma) implements ClosedForm {

        /** Validates, naming the spec key. */
        public InverseTime {
            Checks.nonNegative("gamma", gamma);
            Checks.finite("gamma", gamma);
        }

        @Override
        public double learningRate(double base, long k) {
            return base / (1 + gamma * k);
        }
    }

    /**
     * Cosine annealing, η_k = η_min + (η − η_min)(1 + cos(πk / T)) / 2: torch's
     * {@code CosineAnnealingLR(T_max=T, eta_min=η_min)} (Loshchilov and Hutter, "SGDR: Stochastic
     * gradient descent with warm restarts", ICLR 2017, eq. 5, without restarts). As in torch, the
     * formula is not clamped past T: the rate climbs back towards η over the next T steps.
     *
     * @param period  T &gt;= 1 ({@code t_max})
     * @param minimum η_min &gt;= 0 ({@code eta_min})
     */
    record Cosine(long period, double minimum) implements ClosedForm {

        /** Validates, naming the spec keys. */
        public Cosine {
            Checks.atLeast("t_max", period, 1);
            Checks.nonNegative("eta_min", minimum);
            Checks.finite("eta_min", minimum);
        }

        @Override
        public double learningRate(double base, long k) {
            return minimum + (base - minimum) * (1 + Math.cos(Math.PI * k / period)) / 2;
        }
    }

    /**
     * Polynomial decay a / (b + k)^p with a = η·b^p, that is η_k = η·(b / (b + k))^p, so η_0 = η.
     * With 1/2 &lt; p &lt;= 1 the rates satisfy the Robbins–Monro conditions Σ η_k = ∞, Σ η_k² &lt; ∞
     * (Robbins and Monro, "A stochastic approximation method", Ann. Math. Statist. 22(3), 1951).
     * Not torch's {@code PolynomialLR}, which decays to zero at a fixed horizon; in torch this is
     * {@code LambdaLR(lambda k: (b / (b + k)) ** p)}.
     *
     * @param offset b &gt; 0 ({@code offset})
     * @param power  p &gt;= 0 ({@code power})
     */
    record Polynomial(double offset, double power) implements ClosedForm {

        /** Validates, naming the spec keys. */
        public Polynomial {
            Checks.positive("offset", offset);
            Checks.finite("offset", offset);
            Checks.nonNegative("power", power);
            Checks.finite("power", power);
        }

        @Override
        public double learningRate(double base, long k) {
            return base * Math.pow(offset / (offset + k), power);
        }
    }

    /**
     * Decay by γ at each milestone, η_k = η·γ^{#{m ∈ M : m &lt;= k}}: torch's
     * {@code MultiStepLR(milestones=M, gamma=γ)}.
     *
     * @param milestones M, strictly increasing, &gt;= 0 ({@code milestones}, written {@code 30-80-150})
     * @param gamma      γ &gt; 0 ({@code gamma})
     */
    record MultiStep(List<Integer> milestones, double gamma) implements ClosedForm {

        /** Validates, naming the spec keys. */
        public MultiStep {
            milestones = List.copyOf(milestones);
            if (milestones.isEmpty()) {
                throw new IllegalArgumentException("milestones must list at least one step");
            }
            for (int i = 0; i < milestones.size(); i++) {
                Checks.atLeast("milestones", milestones.get(i), 0);
                if (i > 0 && milestones.get(i) <= milestones.get(i - 1)) {
                    throw new IllegalArgumentException("milestones must be increasing, got "
                            + milestones.get(i - 1) + " then " + milestones.get(i));
                }
            }
            Checks.positive("gamma", gamma);
            Checks.finite("gamma", gamma);
        }

        @Override
        public double learningRate(double base, long k) {
            int passed = 0;
            while (passed < milestones.size() && milestones.get(passed) <= k) {
                passed++;
            }
            return base * Math.pow(gamma, passed);
        }
    }

    /**
     * A linear change of the factor from s to e over T updates, then e:
     * η_k = η·(s + (e − s)·min(k, T) / T), torch's {@code LinearLR(start_factor=s, end_factor=e,
     * total_iters=T)}.
     *
     * @param startFactor s in (0, 1] ({@code start_factor})
     * @param endFactor   e in [0, 1] ({@code end_factor})
     * @param totalIters  T &gt;= 1 ({@code total_iters})
     */
    record Linear(double startFactor, double endFactor, long totalIters) implements ClosedForm {

        /** Validates, naming the spec keys. */
        public Linear {
            Checks.inClosed("start_factor", startFactor, Double.MIN_VALUE, 1);
            Checks.inClosed("end_factor", endFactor, 0, 1);
            Checks.atLeast("total_iters", totalIters, 1);
        }

        @Override
        public double learningRate(double base, long k) {
            return base * (startFactor + (endFactor - startFactor) * Math.min(totalIters, k) / totalIters);
        }
    }

    /**
     * A linear warm-up of w steps in front of another schedule: for k &lt; w,
     * η_k = η·(s + (1 − s)·k / w), then the other schedule, started at k = w. In torch:
     * {@code SequentialLR([LinearLR(start_factor=s, total_iters=w), after], milestones=[w])}
     * (Goyal et al., "Accurate, large minibatch SGD: training ImageNet in 1 hour", 2017, §2.2).
     * During the warm-up a momentum-cycling schedule holds its first momentum, and a
     * {@link Plateau} sees no losses.
     *
     * @param steps       w &gt;= 1 ({@code warmup})
     * @param startFactor s in (0, 1] ({@code warmup_start})
     * @param after       the schedule that follows, restarted at k = w
     */
    record Warmup(long steps, double startFactor, Schedule after) implements Schedule {

        /** Validates, naming the spec keys. */
        public Warmup {
            Checks.atLeast("warmup", steps, 1);
            Checks.inClosed("warmup_start", startFactor, Double.MIN_VALUE, 1);
            Objects.requireNonNull(after, "after");
        }

        @Override
        public Set<UpdateRule.CycledMomentum> cycles() {
            return after.cycles();
        }

        @Override
        public OptionalLong updateLimit() {
            OptionalLong following = after.updateLimit();
            return following.isPresent() ? OptionalLong.of(steps + following.getAsLong()) : following;
        }

        @Override
        public State start(double base) {
            State following = after.start(base);
            return new State() {
                private long k;

                @Override
                public double learningRate() {
                    return k < steps ? base * (startFactor + (1 - startFactor) * k / steps) : following.learningRate();
                }

                @Override
                public double momentum() {
                    return following.momentum();
                }

                @Override
                public void advance(double loss, boolean epochEnded) {
                    if (k >= steps) {
                        following.advance(loss, epochEnded);
                    }
                    k++;
                }
            };
        }
    }
}
