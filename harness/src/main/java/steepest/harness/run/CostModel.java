package steepest.harness.run;

import java.util.HashMap;
import java.util.Map;
import steepest.harness.experiment.Experiment;

/**
 * The expected wall time of a cell, from which the {@link Schedule} starts the longest cells first.
 * It only orders cells; no result depends on it.
 *
 * <p><b>Prior.</b> A problem's work is what its budget allows times what a pass costs:
 * <pre>
 *   work(p) = passes · (n_p · max(1, m_p) + {@value #PER_ITERATION})
 * </pre>
 * with n_p the problem's dimension, m_p its samples when it is a finite sum (so a pass over the
 * data costs n·m multiply-adds, an analytic function's evaluation about n), a fixed cost per
 * iteration of the driver, and passes the smallest finite budget among iterations, gradient
 * evaluations and, for finite sums, epochs ({@value #UNBOUNDED_PASSES} when only time bounds the
 * run). The size of a problem is learned when the first of its cells builds it: until then its
 * cells have no estimate and the schedule runs one cell of each such problem first.
 *
 * <p><b>Refinement.</b> Finished cells fit a two-factor model in log space,
 * <pre>
 *   log t(p, o) = log work(p) + a_p + b_o
 * </pre>
 * where b_o, the optimizer's cost per unit of work (an L-BFGS or Newton step costs more than a
 * gradient step), is the mean of log(t / work) over the finished cells of o (of every optimizer
 * while o has none), and a_p, the problem's correction (an expensive function, residuals beyond
 * n), the mean of the residuals log(t / work) − b_o over the finished cells of p: one pass of
 * backfitting, exact for a grid whose cells all fit the model. A (problem, optimizer) pair with
 * finished cells (other seeds) is estimated by their mean time instead. Estimates are capped at the
 * time budget. Before any cell has finished, estimates are work itself, in multiply-adds: the
 * order they give is the same.
 *
 * <p>Not thread-safe: the schedule owns it under its lock.
 */
final class CostModel {

    /** The work of an iteration beyond the problem's evaluations (bookkeeping, a 2-D step), in multiply-adds. */
    static final double PER_ITERATION = 100;
    /** The passes assumed when no budget but time bounds a run. */
    static final double UNBOUNDED_PASSES = 1e4;

    private final Experiment.Budget budget;
    private final Map<String, Double> work = new HashMap<>();
    /** problem -> optimizer -> the finished cells of that pair. */
    private final Map<String, Map<String, Observed>> finished = new HashMap<>();
    private final Map<String, Observed> byOptimizer = new HashMap<>();
    private final Observed overall = new Observed();
    /** Problem corrections a_p, valid until the next finished cell. */
    private final Map<String, Double> corrections = new HashMap<>();

    /** @param budget the experiment's per-cell budget */
    CostModel(Experiment.Budget budget) {
        this.budget = budget;
    }

    /**
     * Learns a problem's size; later calls for the same problem are ignored.
     *
     * @param dimension n
     * @param samples   m for a finite sum, else 0
     * @return whether the problem was new
     */
    boolean sized(String problem, int dimension, int samples) {
        if (work.containsKey(problem)) {
            return false;
        }
        double passes = passes(samples > 0);
        work.put(problem, passes * ((double) dimension * Math.max(1, samples) + PER_ITERATION));
        return true;
    }

    private double passes(boolean finiteSum) {
        double passes = Math.min(budget.iterations() == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : budget.iterations(),
                budget.gradientEvaluations());
        if (finiteSum) {
            passes = Math.min(passes, budget.epochs());
        }
        return Double.isInfinite(passes) ? UNBOUNDED_PASSES : Math.max(1, passes);
    }

    /** Records that a cell of {@code problem} (sized) and {@code optimizer} took {@code seconds}. */
    void finished(String problem, String optimizer, double seconds) {
        Double w = work.get(problem);
        if (w == null) {
            return;
        }
        double logRate = Math.log(Math.max(seconds, 1e-9) / w);
        finished.computeIfAbsent(problem, p -> new HashMap<>()).computeIfAbsent(optimizer, o -> new Observed())
                .add(seconds, logRate);
        byOptimizer.computeIfAbsent(optimizer, o -> new Observed()).add(seconds, logRate);
        overall.add(seconds, logRate);
        corrections.clear();
    }

    /**
     * The expected time of a cell of {@code problem} and {@code optimizer}: seconds once any cell has
     * finished, work units before; NaN while the problem's size is unknown.
     */
    double expected(String problem, String optimizer) {
        Double w = work.get(problem);
        if (w == null) {
            return Double.NaN;
        }
        Map<String, Observed> pairs = finished.getOrDefault(problem, Map.of());
        Observed same = pairs.get(optimizer);
        if (same != null) {
            return same.meanSeconds();
        }
        if (overall.count == 0) {
            return w;
        }
        double a = corrections.computeIfAbsent(problem, p -> correction(pairs));
        return Math.min(Math.exp(Math.log(w) + a + rate(optimizer)), budget.timeSeconds());
    }

    /** b_o: the optimizer's mean log(t / work), or every optimizer's while it has no finished cell. */
    private double rate(String optimizer) {
        Observed observed = byOptimizer.get(optimizer);
        return observed != null ? observed.meanLogRate() : overall.meanLogRate();
    }

    /** a_p: the mean residual of a problem's finished cells after the optimizers' rates. */
    private double correction(Map<String, Observed> pairs) {
        double residuals = 0;
        int count = 0;
        for (Map.Entry<String, Observed> pair : pairs.entrySet()) {
            Observed observed = pair.getValue();
            residuals += observed.logRates - observed.count * rate(pair.getKey());
            count += observed.count;
        }
        return count == 0 ? 0 : residuals / count;
    }

    /** Finished cells of a group: how many, their total time and their total log(t / work). */
    private static final class Observed {
        private int count;
        private double seconds;
        private double logRates;

        void add(double cellSeconds, double logRate) {
            count++;
            seconds += cellSeconds;
            logRates += logRate;
        }

        double meanSeconds() {
            return seconds / count;
        }

        double meanLogRate() {
            return logRates / count;
        }
    }
}
