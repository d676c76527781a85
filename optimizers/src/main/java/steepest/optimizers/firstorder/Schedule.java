package steepest.optimizers.firstorder;

import java.util.Objects;
import steepest.optimizers.Checks;

/**
 * A learning-rate schedule: the rate η_k used by update k + 1, for a base rate η (the rule's
 * {@code lr}), with k = 0 for the first update. This is torch's {@code last_epoch} convention for a
 * scheduler stepped once per optimizer step: {@code optimizer.step()} then {@code scheduler.step()}.
 * Schedules hold no state, so the rate at step k does not depend on how it was reached.
 *
 * <p>The implementations are the records nested here, one formula each. Where torch has the
 * scheduler, the formula is its closed form (torch multiplies recursively; the two agree to
 * rounding). {@link Warmup} puts a linear ramp in front of any of them.
 */
@FunctionalInterface
public interface Schedule {

    /** The constant schedule, η_k = η. */
    Schedule CONSTANT = (base, k) -> base;

    /**
     * The learning rate for update k + 1.
     *
     * @param base η, the rule's base learning rate
     * @param k    the number of updates already made, &gt;= 0
     */
    double learningRate(double base, long k);

    /**
     * Step decay, η_k = η·γ^⌊k / s⌋: torch's {@code StepLR(step_size=s, gamma=γ)}.
     *
     * @param stepSize s &gt;= 1 ({@code step_size})
     * @param gamma    γ in (0, 1] ({@code gamma})
     */
    record Step(long stepSize, double gamma) implements Schedule {

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
    record Exponential(double gamma) implements Schedule {

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
    record InverseTime(double gamma) implements Schedule {

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
    record Cosine(long period, double minimum) implements Schedule {

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
    record Polynomial(double offset, double power) implements Schedule {

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
     * A linear warm-up of w steps in front of another schedule: for k &lt; w,
     * η_k = η·(s + (1 − s)·k / w), then η_k = after(η, k − w). In torch:
     * {@code SequentialLR([LinearLR(start_factor=s, total_iters=w), after], milestones=[w])}
     * (Goyal et al., "Accurate, large minibatch SGD: training ImageNet in 1 hour", 2017, §2.2).
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
        public double learningRate(double base, long k) {
            if (k < steps) {
                return base * (startFactor + (1 - startFactor) * k / steps);
            }
            return after.learningRate(base, k - steps);
        }
    }
}
