package steepest.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import steepest.harness.results.SummaryRow;
import steepest.harness.stats.Bootstrap;
import steepest.harness.stats.Significance;
import steepest.harness.stats.Significance.Comparison;
import steepest.reports.table.Best;
import steepest.reports.table.Cell;
import steepest.reports.table.Mark;
import steepest.reports.table.Marks;
import steepest.reports.table.Notation;
import steepest.reports.table.Row;
import steepest.reports.table.Table;

/**
 * The paired tests behind the tables ({@link Significance}): per problem with a known f* and per
 * metric, every pair of optimizers run at least twice, Wilcoxon's signed-rank test paired by seed
 * (Mann–Whitney's U test where the seeds differ), two-sided, with Holm's correction over the
 * comparisons of each metric, i.e. of each table the marks go into. The metrics are the summary
 * tables' own ({@link Metric}): {@code final_gap} (a run that diverged or failed counts as +∞, worse
 * than any gap) and {@code gevals_to_<target>} (a run that never reached the target counts as +∞).
 *
 * <p>{@code significance.csv} has the columns {@link #COLUMNS}; its Markdown and LaTeX form adds
 * the effect size, the median paired ratio a/b with its 95% bootstrap interval.
 */
final class SignificanceTables {

    /** significance.csv's columns. */
    static final List<String> COLUMNS = List.of("problem", "metric", "optimizer_a", "optimizer_b", "n", "statistic",
            "p_value", "p_holm", "median_a", "median_b", "better");
    /** The seed of the effect sizes' bootstrap. */
    private static final long BOOTSTRAP_SEED = 20061;
    private static final Notation P = Notation.scientific(2);
    private static final Notation VALUE = Notation.scientific(3);

    private SignificanceTables() {
    }

    /** The metrics tested: the final gap and the gradient evaluations to {@code target}. */
    static List<Metric> metrics(String target) {
        return List.of(Metric.finalGap(), Metric.evaluationsTo(target));
    }

    /** Every comparison, metric by metric, each metric with its own Holm correction at level {@code alpha}. */
    static List<Comparison> compare(ResultsView view, String target, double alpha) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Metric metric : metrics(target)) {
            List<Significance.Sample> samples = new ArrayList<>();
            for (String problem : view.problemsWithOptimum()) {
                List<Significance.Sample> cell = new ArrayList<>();
                for (String optimizer : view.optimizers()) {
                    List<SummaryRow> runs = view.runs(problem, optimizer);
                    if (runs.size() >= 2) {
                        cell.add(new Significance.Sample(problem, metric.name(), optimizer,
                                runs.stream().mapToLong(SummaryRow::seed).toArray(),
                                metric.of(runs)));
                    }
                }
                if (cell.size() >= 2) {
                    samples.addAll(cell);
                }
            }
            if (!samples.isEmpty()) {
                comparisons.addAll(Significance.table(samples, alpha, Bootstrap.seeded(BOOTSTRAP_SEED)));
            }
        }
        return comparisons;
    }

    /**
     * The marks of a summary table: per problem row, the standing of each optimizer in that
     * problem's comparisons of {@code metric} (best: bold; tied for best: italic); no marks where
     * nothing was compared.
     */
    static Marks marks(ResultsView view, List<Comparison> comparisons, String metric, List<String> rowProblems) {
        List<String> optimizers = view.optimizers();
        List<List<Mark>> marks = new ArrayList<>();
        for (String problem : rowProblems) {
            List<Comparison> cell = comparisons.stream()
                    .filter(c -> c.problem().equals(problem) && c.metric().equals(metric)).toList();
            List<String> compared = optimizers.stream().filter(o -> cell.stream()
                    .anyMatch(c -> c.optimizerA().equals(o) || c.optimizerB().equals(o))).toList();
            Map<String, Significance.Standing> standings = cell.isEmpty() ? Map.of()
                    : Significance.standings(cell, compared);
            marks.add(optimizers.stream().map(o -> switch (standings.getOrDefault(o, Significance.Standing.BEHIND)) {
                case BEST -> Mark.BEST;
                case TIED -> Mark.TIED;
                case BEHIND -> Mark.NONE;
            }).toList());
        }
        return new Marks(marks);
    }

    /** significance.csv and its table. */
    static NamedTable table(ResultsView view, List<Comparison> comparisons, double alpha) {
        ReportCsv csv = new ReportCsv(COLUMNS);
        List<Row> rows = new ArrayList<>();
        for (Comparison c : comparisons) {
            csv.row(List.of(c.problem(), c.metric(), c.optimizerA(), c.optimizerB(), Integer.toString(c.test().n()),
                    ReportCsv.real(c.test().statistic()), ReportCsv.real(c.test().pValue()), ReportCsv.real(c.pHolm()),
                    ReportCsv.real(c.medianA()), ReportCsv.real(c.medianB()), c.better().token()));
            String ratio = Double.isNaN(c.effect().median()) ? "" : VALUE.format(c.effect().median()) + " ["
                    + VALUE.format(c.effect().low()) + ", " + VALUE.format(c.effect().high()) + "]";
            rows.add(new Row(view.problemLabel(c.problem()), List.of(Cell.text(c.metric()),
                    Cell.text(view.optimizerLabel(c.optimizerA())), Cell.text(view.optimizerLabel(c.optimizerB())),
                    Cell.number(c.test().n(), Notation.integer()), Cell.number(c.test().statistic(), VALUE),
                    Cell.number(c.test().pValue(), P), Cell.number(c.pHolm(), P), Cell.number(c.medianA(), VALUE),
                    Cell.number(c.medianB(), VALUE), Cell.text(ratio), Cell.text(c.better().token()))));
        }
        Map<String, Integer> perMetric = new LinkedHashMap<>();
        comparisons.forEach(c -> perMetric.merge(c.metric(), 1, Integer::sum));
        String caption = "Paired comparisons per problem (Wilcoxon signed-rank by seed, two-sided; Mann–Whitney U"
                + " where the seeds differ), Holm-corrected over each metric's " + perMetric.values().stream()
                .map(String::valueOf).reduce((a, b) -> a + " and " + b).orElse("0") + " comparisons; better: the"
                + " optimizer significantly lower at α = " + alpha + "; ratio: median of the paired ratios a/b with a"
                + " 95% bootstrap interval. Runs that diverged, failed or never reached the target count as ∞.";
        Table table = new Table(caption, "problem", "comparison", List.of("metric", "a", "b", "n", "statistic", "p",
                "p (Holm)", "median a", "median b", "ratio a/b", "better"), rows, Best.none());
        return new NamedTable("significance", table, csv.text());
    }
}
