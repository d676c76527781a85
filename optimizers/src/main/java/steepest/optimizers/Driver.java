package steepest.optimizers;

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
 *
 * <p>A {@link StochasticObjective} receives the run's random stream before the search starts, and
 * the recorder observes its exact objective, never the search's noisy value and gradient.
 *
 * <p>Wall time excludes observing and recording. A tolerance check that records no row reads the
 * clock only where that pays: for problems of dimension {@value #TIMED_CHECKS} and more, and for
 * finite sums (whose observation is a full pass the optimizer never reuses). Below that, a check
 * costs less than two clock reads; its evaluation is the one the optimizer's next step takes from
 * the oracle's memo, so counting its time as the run's is right, and checking a tolerance every
 * iteration stays cheap. Checks allocate nothing unless an observer asks for them.
 */
public final class Driver {

    /** From this dimension on (and for finite sums) tolerance checks are timed and excluded. */
    static final int TIMED_CHECKS = 1024;
    /** The time limit may be overrun by this fraction of it (or by {@link #OVERSHOOT_FLOOR_NANOS}). */
    static final double OVERSHOOT_FRACTION = 0.05;
    /** The overrun allowed however short the limit: 50 ms. */
    static final double OVERSHOOT_FLOOR_NANOS = 50e6;
    /** The most iterations between two clock reads: a read then costs about 0.1% of 20 ns iterations. */
    static final long MAX_CLOCK_INTERVAL = 1024;

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
    private long lastClockIteration;
    private long lastClockElapsed;
    private long nextRecord;
    private long nextCheck;
    private double observedValue;
    private double observedNorm;
    private double observedGap;
    private long observedElapsed;
    private long observedIteration;
    private final boolean timeChecks;
    /** Whether the search's own value and gradient are the objective's (not noisy draws). */
    private final boolean searchObservesExactly;
    private final boolean limitGradients;
    private final boolean limitEpochs;
    private final boolean perStepBudgets;
    private final boolean timeLimited;
    private final Observation checkView = new CheckView();
    /** Whether every free observation goes to the observer ({@link Observer#observesEveryIteration()}). */
    private final boolean everyIteration;
    private final FreeView freeView = new FreeView();

    private Driver(Optimizer optimizer, Objective objective, double[] x0, RandomGenerator random,
                   StoppingRules rules, RecordSchedule schedule, Observer observer) {
        this.oracle = new Oracle(objective);
        this.rules = rules;
        this.schedule = schedule;
        this.observer = observer;
        this.gradient = new double[objective.dimension()];
        this.timeChecks = objective.dimension() >= TIMED_CHECKS || objective instanceof FiniteSum;
        this.searchObservesExactly = !(objective instanceof StochasticObjective);
        this.limitGradients = rules.maxGradientEvaluations() < Double.POSITIVE_INFINITY;
        this.limitEpochs = rules.maxEpochs() < Double.POSITIVE_INFINITY;
        this.perStepBudgets = limitGradients || limitEpochs;
        this.timeLimited = rules.timeLimitSeconds() < Double.POSITIVE_INFINITY;
        this.everyIteration = observer.observesChecks() && observer.observesEveryIteration() && searchObservesExactly;
        this.startNanos = System.nanoTime();
        this.search = optimizer.start(oracle, x0, random);
    }

    /**
     * Runs {@code optimizer} on {@code objective} from {@code x0} until a stopping rule fires.
     *
     * @param x0       the start. Not modified.
     * @param random   the run's random stream, handed to a stochastic objective (which may draw one
     *                 value from it) and then to the search
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
        Set<Capability> missing = Capability.missing(optimizer.requirements(), objective);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(Capability.refusal("the optimizer", "the problem", missing));
        }
        if (objective instanceof StochasticObjective stochastic) {
            stochastic.start(random);
        }
        return new Driver(optimizer, objective, x0, random, rules, schedule, observer).loop();
    }

    private RunResult loop() {
        observe(0, true);
        initialValue = observedValue;
        Termination reason = checkObserved(null);
        if (reason == null && rules.maxIterations() == 0) {
            reason = Termination.MAX_ITERATIONS;
        }
        IterationRecord record = record(0);
        deliver(record);
        nextRecord = schedule.nextAfter(0);
        nextCheck = rules.needsObservation() ? rules.checkInterval() : Long.MAX_VALUE;
        long k = 0;
        while (reason == null) {
            // Between events (a recorded row, a tolerance check, the iteration budget, a clock read) the
            // loop only steps; gradient and epoch budgets, when set, are checked after every step.
            long event = perStepBudgets ? k + 1 : nextEvent();
            boolean moved;
            if (everyIteration) {
                do {
                    freeView.before(k);
                    moved = search.step();
                    k++;
                    if (moved) {
                        freeView.after(k);
                    }
                } while (moved && k < event);
            } else {
                do {
                    moved = search.step();
                    k++;
                } while (moved && k < event);
            }
            reason = moved ? checkBudgets(k) : stopped();
            boolean due = k == nextRecord;
            boolean checking = k == nextCheck;
            if (reason != null || due || checking) {
                boolean ending = reason != null;
                observe(k, ending || due || timeChecks);
                reason = checkObserved(reason);
                boolean recorded = reason != null || due;
                if (recorded) {
                    if (!ending && !due && !timeChecks) {
                        observedElapsed = elapsedAt(System.nanoTime());
                    }
                    record = record(k);
                    deliver(record);
                } else if (observer.observesChecks()) {
                    observer.check(checkView, search.x());
                }
                if (due) {
                    nextRecord = schedule.nextAfter(k);
                }
                if (checking) {
                    nextCheck = k + rules.checkInterval();
                }
            }
        }
        return new RunResult(reason, record, search.x(), search.averagedIterate());
    }

    /** The first iteration at which the loop must look: a row, a check, the budget or a clock read. */
    private long nextEvent() {
        long event = Math.min(Math.min(nextRecord, nextCheck), rules.maxIterations());
        return timeLimited ? Math.min(event, nextClockCheck) : event;
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
        if (limitGradients && oracle.gradientEvaluations() >= rules.maxGradientEvaluations()) {
            return Termination.MAX_EVALUATIONS;
        }
        if (limitEpochs && oracle.epochs() >= rules.maxEpochs()) {
            return Termination.MAX_EVALUATIONS;
        }
        if (timeLimited && k >= nextClockCheck) {
            return checkClock(k);
        }
        return null;
    }

    /**
     * Reads the clock at adaptively spaced iterations so cheap iterations do not pay for it: the
     * next read comes after as many iterations as, at the pace since the last read, take half the
     * allowed overshoot ({@link #OVERSHOOT_FRACTION} of the limit, at least
     * {@link #OVERSHOOT_FLOOR_NANOS}) or reach the limit, whichever is sooner; the spacing at most
     * doubles from one read to the next (so a method that slows down is caught within a few
     * reads) and stays below {@link #MAX_CLOCK_INTERVAL}.
     */
    private Termination checkClock(long k) {
        long elapsed = elapsedAt(System.nanoTime());
        double limit = rules.timeLimitSeconds() * 1e9;
        if (elapsed >= limit) {
            return Termination.TIME_LIMIT;
        }
        long spacing = k - lastClockIteration;
        double pace = Math.max(elapsed - lastClockElapsed, 1) / (double) spacing;
        double overshoot = Math.max(OVERSHOOT_FRACTION * limit, OVERSHOOT_FLOOR_NANOS);
        double affordable = Math.min(0.5 * overshoot, limit - elapsed) / pace;
        nextClockCheck = k + (long) Math.max(1, Math.min(Math.min(2 * spacing, MAX_CLOCK_INTERVAL), affordable));
        lastClockIteration = k;
        lastClockElapsed = elapsed;
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
     * Observes x_k into the observed* fields, allocating nothing. When {@code timed}, the time spent
     * (but for a memoized evaluation the search later uses) is not the run's; otherwise the clock is
     * not read and the elapsed time is taken when asked for.
     */
    private void observe(long k, boolean timed) {
        observedIteration = k;
        if (!timed) {
            observedElapsed = -1;
            measure();
            return;
        }
        long now = System.nanoTime();
        observedElapsed = elapsedAt(now);
        measure();
        long spent = System.nanoTime() - now;
        recordingNanos += spent;
        if (search.gradient() == null) {
            oracle.setMemoNanos(spent);
        }
    }

    /** f, ‖∇f‖ and the gap at x_k into the observed* fields, without the clock (untimed checks). */
    private void measure() {
        double[] known = searchObservesExactly ? search.gradient() : null;
        if (known != null) {
            observedValue = search.value();
            observedNorm = Vectors.norm2(known);
        } else {
            observedValue = oracle.observe(search.x(), gradient);
            observedNorm = Vectors.norm2(gradient);
        }
        observedGap = search.gap();
    }

    /** The record of the last observation, at iteration k. */
    private IterationRecord record(long k) {
        return new IterationRecord(k, observedValue, observedNorm, observedGap, oracle.evaluations(), observedElapsed);
    }

    private void deliver(IterationRecord record) {
        long now = System.nanoTime();
        observer.record(record, search.x(), search.averagedIterate());
        recordingNanos += System.nanoTime() - now;
    }

    /** The last observation, read in place by observers of tolerance checks. */
    private final class CheckView implements Observation {
        @Override
        public long iteration() {
            return observedIteration;
        }

        @Override
        public double value() {
            return observedValue;
        }

        @Override
        public double gradientNorm() {
            return observedNorm;
        }

        @Override
        public double gap() {
            return observedGap;
        }

        @Override
        public Evaluations evaluations() {
            return oracle.evaluations();
        }

        @Override
        public long elapsedNanos() {
            return observedElapsed >= 0 ? observedElapsed : elapsedAt(System.nanoTime());
        }
    }

    /**
     * The iterates whose f comes for free between the driver's own observations: x_{k−1} from a
     * search that evaluated it at the start of step k ({@link Search#previousValue()}), with the
     * evaluations spent before that step; x_k from a search that knows f there ({@link Search#value()}).
     * Their elapsed time is read only when an observer asks for it (a first hit), so it includes the
     * step that revealed the value. Nothing here allocates but an observer's own reads.
     */
    private final class FreeView implements Observation {
        private double functions;
        private double gradients;
        private long hessianVectorProducts;
        private long hessians;
        private long sampleGradients;
        private long iteration;
        private double value;
        private boolean previous;

        /** Notes the counts at x_k, before step k + 1. */
        void before(long k) {
            functions = oracle.functionEvaluations();
            gradients = oracle.gradientEvaluations();
            hessianVectorProducts = oracle.hessianVectorProducts();
            hessians = oracle.hessianEvaluations();
            sampleGradients = oracle.sampleGradientEvaluations();
            iteration = k;
        }

        /** Offers x_{k−1} or x_k to the observer when the search revealed its f. */
        void after(long k) {
            double before = search.previousValue();
            if (!Double.isNaN(before)) {
                previous = true;
                value = before;
                observer.check(this, null);
                return;
            }
            double now = search.gradient() != null ? search.value() : Double.NaN;
            if (!Double.isNaN(now)) {
                previous = false;
                iteration = k;
                value = now;
                observer.check(this, search.x());
            }
        }

        @Override
        public long iteration() {
            return iteration;
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double gradientNorm() {
            return Double.NaN;
        }

        @Override
        public double gap() {
            return Double.NaN;
        }

        @Override
        public Evaluations evaluations() {
            return previous ? new Evaluations(functions, gradients, hessianVectorProducts, hessians, sampleGradients)
                    : oracle.evaluations();
        }

        @Override
        public long elapsedNanos() {
            return elapsedAt(System.nanoTime());
        }
    }

    private long elapsedAt(long now) {
        return now - startNanos - recordingNanos + oracle.chargedNanos();
    }
}
