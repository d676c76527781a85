package steepest.harness.stats;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import steepest.harness.results.TargetCosts;
import steepest.optimizers.Evaluations;
import steepest.optimizers.Observation;

/**
 * The evaluations and time at which one run first reaches each target of a {@link Ladder}, recorded
 * as the run goes: fed every observed iterate in iteration order (the driver's tolerance checks see
 * every iterate, not only the recorded rows), so log-spaced recording loses nothing.
 *
 * <p>The ladder's bounds b₀ &gt;= b₁ &gt;= ... are non-increasing, so the unreached targets are a
 * suffix of the ladder: a pointer to the first unreached one moves only forward. An observation
 * costs one comparison, gap &lt;= b_next, plus one step of the pointer per target it reaches, so
 * O(1) amortized over a run with at most {@code ladder.size()} hits. Only an observation that reaches
 * a target reads its evaluations and time (which may allocate); the others allocate nothing.
 *
 * <p>A NaN value (a failed evaluation) reaches nothing; a run that later recovers still can.
 * Offering the same iterate twice changes nothing.
 *
 * <p>A relative ladder whose f(x₀) is not given (NaN) takes it from the first observation whose
 * value is not NaN, the start as the driver observed it; its bounds are set then, once.
 */
public final class FirstHits {

    private final Ladder ladder;
    private final double optimalValue;
    private double[] bounds;
    /** Whether the bounds still wait for f(x₀) from the first observation. */
    private boolean scalePending;
    private final Evaluations[] evaluations;
    private final long[] nanos;
    private int next;

    /**
     * A recorder for one run.
     *
     * @param ladder       the targets
     * @param optimalValue f* (NaN: unknown, and no target is ever reached)
     * @param initialValue f(x₀), which scales a relative ladder; NaN: the value of the first
     *                     observation that is not NaN
     */
    public FirstHits(Ladder ladder, double optimalValue, double initialValue) {
        this.ladder = ladder;
        this.optimalValue = optimalValue;
        this.bounds = ladder.bounds(optimalValue, initialValue);
        this.scalePending = ladder.kind() == Ladder.Kind.RELATIVE && Double.isNaN(initialValue)
                && !Double.isNaN(optimalValue);
        this.evaluations = new Evaluations[bounds.length];
        this.nanos = new long[bounds.length];
    }

    /** Notes an observed iterate; observations must come in iteration order. */
    public void offer(Observation observation) {
        if (next == bounds.length) {
            return;
        }
        double value = observation.value();
        if (scalePending) {
            if (Double.isNaN(value)) {
                return;
            }
            bounds = ladder.bounds(optimalValue, value);
            scalePending = false;
        }
        double gap = value - optimalValue;
        if (!(gap <= bounds[next])) {
            return;
        }
        Evaluations spent = observation.evaluations();
        long elapsed = observation.elapsedNanos();
        do {
            evaluations[next] = spent;
            nanos[next] = elapsed;
            next++;
        } while (next < bounds.length && gap <= bounds[next]);
    }

    /** How many targets have been reached: targets 0 to {@code reached() − 1}. */
    public int reached() {
        return next;
    }

    /**
     * The cost of reaching each target in a unit read from the evaluation counts, e.g.
     * {@code Evaluations::gradients}; +∞ for a target not reached.
     */
    public double[] costs(ToDoubleFunction<Evaluations> unit) {
        double[] costs = new double[bounds.length];
        Arrays.fill(costs, Double.POSITIVE_INFINITY);
        for (int i = 0; i < next; i++) {
            costs[i] = unit.applyAsDouble(evaluations[i]);
        }
        return costs;
    }

    /**
     * The gradient evaluations and seconds to reach each target as the results folder stores them,
     * labelled by the ladder: NaN (a blank field) for a target not reached.
     */
    public TargetCosts targetCosts() {
        double[] gradients = new double[bounds.length];
        double[] seconds = new double[bounds.length];
        Arrays.fill(gradients, Double.NaN);
        Arrays.fill(seconds, Double.NaN);
        for (int i = 0; i < next; i++) {
            gradients[i] = evaluations[i].gradients();
            seconds[i] = nanos[i] * 1e-9;
        }
        return new TargetCosts(ladder.labels(), gradients, seconds);
    }

    /** The wall time in seconds to reach each target; +∞ for a target not reached. */
    public double[] seconds() {
        double[] seconds = new double[bounds.length];
        Arrays.fill(seconds, Double.POSITIVE_INFINITY);
        for (int i = 0; i < next; i++) {
            seconds[i] = nanos[i] * 1e-9;
        }
        return seconds;
    }
}
