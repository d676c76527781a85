package steepest.optimizers;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.linalg.Vectors;

/**
 * The one loop that runs every optimizer: it starts a {@link Search}, steps it, checks the
 * {@link StoppingRules}, observes the full objective where rows are recorded or tolerances checked,
 * hands the rows to an {@link Observer} and times the optimizer's own work. Algorithms only step.
 *
 * <p>Order within iteration k: the search steps (x_{k-1} → x_k); budgets are checked; if a row is
 * due, a tolerance check is due or the run is ending, f(x_k) and ∇f(x_k) are observed (uncounted)
 * and tolerances and divergence checked; the row is recorded. A converged reason found at x_k
 * outranks a budget or a line-search failure at the same iterate; divergence outranks everything.
 * Wall time excludes observing and recording.
 */
public final class Driver {

    private final Oracle oracle;
    private final Search search;
    private final StoppingRules rules;
    private final RecordSchedule schedule;
    private final Observer observer;
    private final double[] gradient;
    private final long startNanos;
    private long recordingNanos;
    private double initialValue = Double.NaN;
    private long nextClockCheck = 1;
    private long clockInterval = 1;
    private long nextRecord;
    private long nextCheck;
    private double observedValue;
    private double observedNorm;
    private double observedGap;
    private long observedElapsed;

    private Driver(Optimizer optimizer, Objective objective, double[] x0, RandomGenerator random,
                   StoppingRules rules, RecordSchedule schedule, Observer observer) {
        this.oracle = new Oracle(objective);
        this.rules = rules;
        this.schedule = schedule;
        this.observer = observer;
        this.gradient = new double[objective.dimension()];
        this.startNanos = System.nanoTime();
        this.search = optimizer.start(oracle, x0, random);
    }

    /**
     * Runs {@code optimizer} on {@code objective} from {@code x0} until a stopping rule fires.
     *
     * @param x0       the start. Not modified.
     * @param random   the run's random stream, handed to the search
     * @param observer receives iteration 0, the scheduled iterations and the last
     * @throws IllegalArgumentException if x0 has the wrong length or the objective lacks a
     *                                  capability the optimizer requires
     */
    public static RunResult run(Optimizer optimizer, Objective objective, double[] x0, RandomGenerator random,
                                StoppingRules rules, RecordSchedule schedule, Observer observer) {
        if (x0.length != objective.dimension()) {
            throw new IllegalArgumentException("the start has " + x0.length + " coordinates but the problem has dimension "
                    + objective.dimension());
        }
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        for (Capability capability : optimizer.requirements()) {
            if (!capability.isOfferedBy(objective)) {
                missing.add(capability);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the optimizer needs " + describe(missing) + ", which the problem does not offer");
        }
        return new Driver(optimizer, objective, x0, random, rules, schedule, observer).loop();
    }

    private RunResult loop() {
        observe(0);
        initialValue = observedValue;
        Termination reason = checkObserved(null);
        if (reason == null && rules.maxIterations() == 0) {
            reason = Termination.MAX_ITERATIONS;
        }
        IterationRecord record = record(0);
        deliver(record, true);
        nextRecord = schedule.nextAfter(0);
        nextCheck = rules.needsObservation() ? rules.checkInterval() : Long.MAX_VALUE;
        long k = 0;
        while (reason == null) {
            boolean moved = search.step();
            k++;
            reason = moved ? checkBudgets(k) : stopped();
            boolean due = k == nextRecord;
            boolean checking = k == nextCheck;
            if (reason != null || due || checking) {
                observe(k);
                reason = checkObserved(reason);
                boolean recorded = reason != null || due;
                if (recorded || observer.observesChecks()) {
                    record = record(k);
                    deliver(record, recorded);
                }
                if (due) {
                    nextRecord = schedule.nextAfter(k);
                }
                if (checking) {
                    nextCheck = k + rules.checkInterval();
                }
            }
        }
        return new RunResult(reason, record, search.x());
    }

    private Termination stopped() {
        Termination reason = search.termination();
        if (reason == null) {
            throw new IllegalStateException("a search stopped without a termination reason");
        }
        return reason;
    }

    private Termination checkBudgets(long k) {
        if (k >= rules.maxIterations()) {
            return Termination.MAX_ITERATIONS;
        }
        double gradients = oracle.gradientEvaluations();
        if (gradients >= rules.maxGradientEvaluations()) {
            return Termination.MAX_EVALUATIONS;
        }
        if (oracle.epochs() >= rules.maxEpochs()) {
            return Termination.MAX_EVALUATIONS;
        }
        if (rules.timeLimitSeconds() < Double.POSITIVE_INFINITY && k >= nextClockCheck) {
            return checkClock(k);
        }
        return null;
    }

    /** Reads the clock at adaptively spaced iterations so cheap iterations do not pay for it. */
    private Termination checkClock(long k) {
        long now = System.nanoTime();
        if (elapsedAt(now) >= rules.timeLimitSeconds() * 1e9) {
            return Termination.TIME_LIMIT;
        }
        clockInterval = Math.min(1024, clockInterval * 2);
        nextClockCheck = k + clockInterval;
        return null;
    }

    private Termination checkObserved(Termination pending) {
        double f = observedValue;
        if (!Double.isFinite(f) || !Double.isFinite(observedNorm)
                || (Double.isFinite(initialValue) && f > initialValue + StoppingRules.BLOW_UP * Math.max(1, Math.abs(initialValue)))) {
            return Termination.DIVERGED;
        }
        if (pending == Termination.DIVERGED) {
            return pending;
        }
        if (f <= rules.targetValue()) {
            return Termination.TARGET_REACHED;
        }
        if (observedNorm <= rules.gradientTolerance()) {
            return Termination.GRADIENT_TOLERANCE;
        }
        if (observedGap <= rules.gapTolerance()) {
            return Termination.GAP_TOLERANCE;
        }
        return pending;
    }

    /**
     * Observes x_k into the observed* fields, allocating nothing; the time spent (but for a memoized
     * evaluation the search later uses) is not the run's.
     */
    private void observe(long k) {
        long now = System.nanoTime();
        observedElapsed = elapsedAt(now);
        double[] x = search.x();
        double[] known = search.gradient();
        double f;
        double norm;
        if (known != null) {
            f = search.value();
            norm = Vectors.norm2(known);
        } else {
            f = oracle.observe(x, gradient);
            norm = Vectors.norm2(gradient);
        }
        long spent = System.nanoTime() - now;
        recordingNanos += spent;
        if (known == null) {
            oracle.setMemoNanos(spent);
        }
        observedValue = f;
        observedNorm = norm;
        observedGap = search.gap();
    }

    /** The record of the last observation, at iteration k. */
    private IterationRecord record(long k) {
        return new IterationRecord(k, observedValue, observedNorm, observedGap, oracle.evaluations(), observedElapsed);
    }

    private void deliver(IterationRecord record, boolean recorded) {
        long now = System.nanoTime();
        if (recorded) {
            observer.record(record, search.x());
        } else {
            observer.check(record, search.x());
        }
        recordingNanos += System.nanoTime() - now;
    }

    private long elapsedAt(long now) {
        return now - startNanos - recordingNanos + oracle.chargedNanos();
    }

    private static String describe(Set<Capability> capabilities) {
        return String.join(" and ", Arrays.stream(capabilities.toArray(new Capability[0]))
                .map(Capability::description).toList());
    }
}
