package steepest.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import steepest.harness.stats.Group;
import steepest.harness.stats.Quantiles;
import steepest.reports.table.Best;
import steepest.reports.table.Cell;
import steepest.reports.table.Notation;
import steepest.reports.table.Row;
import steepest.reports.table.Table;

/**
 * The paper tables: per problem (rows) and optimizer (columns), the median and interquartile range
 * of the final gap, of the gradient evaluations to reach the target (never reached counts as +∞, so
 * a median beyond the budget is written as such), and the success rate at the target; the best cell
 * of each row is marked.
 */
final class SummaryTables {

    private SummaryTables() {
    }

    static List<Table> build(ResultsView view, String target) {
        List<String> problems = view.problems();
        List<String> optimizers = view.optimizers();
        Map<List<String>, Group> groups = view.groups().stream()
                .collect(Collectors.toMap(g -> List.of(g.problem(), g.optimizer()), g -> g));
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
                Group group = groups.get(List.of(problem, optimizer));
                if (group == null || !known) {
                    gap.add(Cell.empty());
                    cost.add(Cell.empty());
                    rate.add(Cell.empty());
                    continue;
                }
                gap.add(estimate(group.finalGaps(), Notation.scientific(2)));
                double[] needed = group.gradientsTo().get(target);
                double median = Quantiles.median(needed);
                cost.add(Double.isFinite(median) ? estimate(needed, Notation.scientific(2))
                        : Cell.beyond(budget, Notation.scientific(1)));
                rate.add(Cell.rate(group.successRate(target)));
            }
            String label = view.problemLabel(problem);
            gaps.add(new Row(label, gap));
            costs.add(new Row(label, cost));
            rates.add(new Row(label, rate));
        }
        String tail = " (median [interquartile range] across seeds)";
        List<String> columns = optimizers.stream().map(view::optimizerLabel).toList();
        return List.of(
                new Table("Final gap f − f*" + tail, "problem", "optimizer", columns, gaps, Best.perRow(Best.Direction.LOWER)),
                new Table("Gradient evaluations to reach f − f* <= " + target + " (f(x0) − f*)" + tail, "problem",
                        "optimizer", columns, costs, Best.perRow(Best.Direction.LOWER)),
                new Table("Success rate: runs reaching f − f* <= " + target + " (f(x0) − f*)", "problem", "optimizer",
                        columns, rates, Best.perRow(Best.Direction.HIGHER)));
    }

    private static Cell estimate(double[] values, Notation notation) {
        double median = Quantiles.median(values);
        if (Double.isNaN(median)) {
            return Cell.notReached();
        }
        return Cell.estimate(median, Quantiles.of(values, 0.25), Quantiles.of(values, 0.75), notation);
    }
}
