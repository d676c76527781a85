package steepest.harness.report;

import java.util.List;
import java.util.function.ToDoubleFunction;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryColumn;
import steepest.harness.results.SummaryRow;

/**
 * A metric of a run that the tables, their tests and the critical-difference diagram compare,
 * lower is better, with every run that did not produce a value counted as +∞: worse than any
 * number, tied with the others like it.
 *
 * @param name  its name in significance.csv: {@code final_gap}, {@code gevals_to_1e-6}
 * @param value a run's value
 */
record Metric(String name, ToDoubleFunction<SummaryRow> value) {

    /** f − f* at the end; +∞ for a run that diverged or failed (never the number it ended on). */
    static Metric finalGap() {
        return new Metric("final_gap", row -> {
            boolean broken = row.status() == Status.DIVERGED || row.status() == Status.FAILED;
            return broken || Double.isNaN(row.gapToOptimum()) ? Double.POSITIVE_INFINITY : row.gapToOptimum();
        });
    }

    /** The gradient evaluations to reach the summary's relative target {@code target}; +∞ if never reached. */
    static Metric evaluationsTo(String target) {
        return new Metric(SummaryColumn.gradientsTo(target), row -> {
            double cost = row.targets().gradientsTo(target);
            return Double.isNaN(cost) ? Double.POSITIVE_INFINITY : cost;
        });
    }

    /** The values of {@code runs}, in order. */
    double[] of(List<SummaryRow> runs) {
        return runs.stream().mapToDouble(value).toArray();
    }
}
