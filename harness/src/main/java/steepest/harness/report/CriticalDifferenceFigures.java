package steepest.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import steepest.harness.results.SummaryRow;
import steepest.harness.stats.Friedman;
import steepest.harness.stats.Nemenyi;
import steepest.harness.stats.Quantiles;
import steepest.reports.charts.CriticalDifferenceChart;
import steepest.reports.model.CriticalDifferenceFigure;
import steepest.reports.style.Style;

/**
 * The critical-difference diagram (Demšar, "Statistical comparisons of classifiers over multiple
 * data sets", JMLR 7, 2006): the optimizers ranked within each block, {@link Friedman}'s test of the
 * ranks and {@link Nemenyi}'s critical difference at the report's α. Drawn for three or more
 * optimizers and at least {@value #MINIMUM_BLOCKS} blocks.
 *
 * <p>The blocks are the problems with a known f* when there are at least {@value #MINIMUM_BLOCKS}
 * of them, each optimizer scored by its median over the seeds; an experiment of fewer problems ranks
 * within each (problem, seed) run instead, so its diagram speaks of those problems' runs, not of a
 * population of problems. Within a block the optimizers are ordered by the gradient evaluations to
 * the report's target (the tables' metric); those that never reached it come after those that did,
 * ordered by their final gap (a run that diverged or failed, or an optimizer the problem cannot
 * support, last); equal scores share their average rank.
 */
final class CriticalDifferenceFigures {

    /** Friedman's test needs three optimizers. */
    private static final int MINIMUM_OPTIMIZERS = 3;
    /** The fewest blocks a diagram is drawn from. */
    static final int MINIMUM_BLOCKS = 5;

    private CriticalDifferenceFigures() {
    }

    static List<NamedChart> build(ResultsView view, String target, double alpha, Style style) {
        List<String> optimizers = view.optimizers();
        List<String> problems = view.problemsWithOptimum();
        if (optimizers.size() < MINIMUM_OPTIMIZERS) {
            return List.of();
        }
        Metric gap = Metric.finalGap();
        Metric cost = Metric.evaluationsTo(target);
        boolean byProblem = problems.size() >= MINIMUM_BLOCKS;
        List<double[]> ranks = new ArrayList<>();
        for (String problem : problems) {
            if (byProblem) {
                double[][] scores = new double[optimizers.size()][];
                for (int o = 0; o < optimizers.size(); o++) {
                    List<SummaryRow> runs = view.runs(problem, optimizers.get(o));
                    scores[o] = runs.isEmpty() ? new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}
                            : new double[] {Quantiles.median(cost.of(runs)),
                                Quantiles.median(gap.of(runs))};
                }
                ranks.add(ranks(scores));
                continue;
            }
            Set<Long> seeds = new TreeSet<>();
            optimizers.forEach(o -> view.rows(problem, o).forEach(r -> seeds.add(r.seed())));
            for (long seed : seeds) {
                double[][] scores = new double[optimizers.size()][];
                for (int o = 0; o < optimizers.size(); o++) {
                    SummaryRow run = view.runs(problem, optimizers.get(o)).stream().filter(r -> r.seed() == seed)
                            .findFirst().orElse(null);
                    scores[o] = run == null ? new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}
                            : new double[] {cost.value().applyAsDouble(run), gap.value().applyAsDouble(run)};
                }
                ranks.add(ranks(scores));
            }
        }
        if (ranks.size() < MINIMUM_BLOCKS) {
            return List.of();
        }
        Friedman friedman = Friedman.test(ranks.toArray(double[][]::new));
        Nemenyi nemenyi = Nemenyi.of(friedman.averageRanks(), friedman.problems(), alpha);
        CriticalDifferenceFigure figure = new CriticalDifferenceFigure("",
                optimizers.stream().map(view::optimizerLabel).toList(), friedman.averageRanks(),
                nemenyi.criticalDifference(), nemenyi.groups());
        String blocks = byProblem ? friedman.problems() + " problems (median over seeds)"
                : friedman.problems() + " runs (problem, seed) of " + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems");
        String caption = String.format(Locale.ROOT, "Critical-difference diagram over %s: each optimizer at its"
                + " average rank (1 = best) by the gradient evaluations to reach f − f* <= %s (f(x0) − f*), runs"
                + " that never reached it ranked after those that did by their final gap; Friedman's χ²(%d) = %.3g,"
                + " p = %.2g; a bar joins optimizers whose average ranks differ by less than the Nemenyi critical"
                + " difference CD = %.3g (α = %s)", blocks, target, friedman.optimizers() - 1, friedman.statistic(),
                friedman.pValue(), nemenyi.criticalDifference(), alpha);
        return List.of(new NamedChart("critical-difference", caption, CriticalDifferenceChart.render(figure, style)));
    }

    /**
     * The average ranks (1 = best) of scores compared lexicographically: a lower first entry is
     * better, then a lower second entry; equal scores share their average rank.
     */
    static double[] ranks(double[][] scores) {
        double[] ranks = new double[scores.length];
        for (int j = 0; j < scores.length; j++) {
            int below = 0;
            int equal = 0;
            for (int k = 0; k < scores.length; k++) {
                int order = compare(scores[k], scores[j]);
                below += order < 0 ? 1 : 0;
                equal += order == 0 && k != j ? 1 : 0;
            }
            ranks[j] = 1 + below + equal / 2.0;
        }
        return ranks;
    }

    private static int compare(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return -1;
            }
            if (a[i] > b[i]) {
                return 1;
            }
        }
        return 0;
    }
}
