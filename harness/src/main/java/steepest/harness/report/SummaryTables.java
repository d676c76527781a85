package steepest.harness.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryRow;
import steepest.harness.stats.Quantiles;
import steepest.harness.stats.Significance.Comparison;
import steepest.reports.table.Best;
import steepest.reports.table.Cell;
import steepest.reports.table.CsvTables;
import steepest.reports.table.Marking;
import steepest.reports.table.Notation;
import steepest.reports.table.Row;
import steepest.reports.table.Table;

/**
 * The paper tables: per problem (rows) and optimizer (columns), the median and interquartile range
 * across seeds of the final gap and of the gradient evaluations to reach the target, and the
 * success rate at the target, over the runs made (an optimizer the problem cannot support shows
 * {@code unsupported}). A run that diverged or failed counts as +∞ in the final gap, and one that
 * never reached the target as +∞ in the evaluations, so a median beyond the budget is written as
 * such, and a median that diverged or failed as {@code diverged (k/N)} or {@code failed (k/N)},
 * never as the number a diverging run ends on.
 *
 * <p>A cell is marked only as far as the paired tests support ({@link SignificanceTables}, Holm over
 * the table): bold when its optimizer beats every other of the row significantly, italic for the
 * optimizers no other beats when none is best; rows without tests (fewer than two runs per optimizer)
 * and the success rates are unmarked.
 */
final class SummaryTables {

    private static final Notation NOTATION = Notation.scientific(2);

    private SummaryTables() {
    }

    static List<NamedTable> build(ResultsView view, String target, List<Comparison> comparisons, double alpha) {
        List<String> problems = view.problems();
        List<String> optimizers = view.optimizers();
        Metric gapMetric = Metric.finalGap();
        Metric costMetric = Metric.evaluationsTo(target);
        double budget = view.largestGradientCount().orElse(0);
        List<Row> gaps = new ArrayList<>();
        List<Row> costs = new ArrayList<>();
        List<Row> rates = new ArrayList<>();
        for (String problem : problems) {
            List<Cell> gap = new ArrayList<>();
            List<Cell> cost = new ArrayList<>();
            List<Cell> rate = new ArrayList<>();
            boolean known = !Double.isNaN(view.optimalValue(problem));
            for (String optimizer : optimizers) {
                List<SummaryRow> rows = view.rows(problem, optimizer);
                List<SummaryRow> runs = view.runs(problem, optimizer);
                if (rows.isEmpty() || !known) {
                    gap.add(Cell.empty());
                    cost.add(Cell.empty());
                    rate.add(Cell.empty());
                    continue;
                }
                if (runs.isEmpty()) {
                    gap.add(Cell.text(Status.UNSUPPORTED.token()));
                    cost.add(Cell.text(Status.UNSUPPORTED.token()));
                    rate.add(Cell.text(Status.UNSUPPORTED.token()));
                    continue;
                }
                double[] finalGaps = gapMetric.of(runs);
                double[] needed = costMetric.of(runs);
                gap.add(Double.isFinite(Quantiles.median(finalGaps)) ? estimate(finalGaps) : broken(runs));
                cost.add(Double.isFinite(Quantiles.median(needed)) ? estimate(needed)
                        : brokenMostly(runs) ? broken(runs) : Cell.beyond(budget, Notation.scientific(1)));
                rate.add(Cell.rate((double) Arrays.stream(needed).filter(Double::isFinite).count() / runs.size()));
            }
            String label = view.problemLabel(problem);
            gaps.add(new Row(label, gap));
            costs.add(new Row(label, cost));
            rates.add(new Row(label, rate));
        }
        String tail = " (median [interquartile range] across seeds; diverged and failed runs count as ∞)";
        String marks = "; bold: better than every other optimizer, italic: tied for best (paired Wilcoxon tests by"
                + " seed, Holm over the table, α = " + alpha + "); unmarked rows have fewer than two runs to compare";
        List<String> columns = optimizers.stream().map(view::optimizerLabel).toList();
        return List.of(
                table("final-gap", "Final gap f − f*" + tail + marks, columns, gaps,
                        SignificanceTables.marks(view, comparisons, gapMetric.name(), problems)),
                table("evaluations-to-target", "Gradient evaluations to reach f − f* <= " + target + " (f(x0) − f*)"
                        + tail + marks, columns, costs, SignificanceTables.marks(view, comparisons, costMetric.name(),
                        problems)),
                table("success-rate", "Success rate: runs reaching f − f* <= " + target + " (f(x0) − f*)", columns,
                        rates, Best.none()));
    }

    private static NamedTable table(String name, String caption, List<String> columns, List<Row> rows, Marking marks) {
        Table table = new Table(caption, "problem", "optimizer", columns, rows, marks);
        return new NamedTable(name, table, CsvTables.render(table));
    }

    private static Cell estimate(double[] values) {
        return Cell.estimate(Quantiles.median(values), Quantiles.of(values, 0.25), Quantiles.of(values, 0.75), NOTATION);
    }

    /** Whether most runs diverged or failed. */
    private static boolean brokenMostly(List<SummaryRow> runs) {
        long broken = runs.stream().filter(r -> r.status() == Status.DIVERGED || r.status() == Status.FAILED).count();
        return 2 * broken > runs.size();
    }

    /** The runs that diverged or failed, whichever more did, as such. */
    private static Cell broken(List<SummaryRow> runs) {
        int diverged = (int) runs.stream().filter(r -> r.status() == Status.DIVERGED).count();
        int failed = (int) runs.stream().filter(r -> r.status() == Status.FAILED).count();
        return diverged >= failed ? Cell.diverged(diverged, runs.size()) : Cell.failed(failed, runs.size());
    }
}
