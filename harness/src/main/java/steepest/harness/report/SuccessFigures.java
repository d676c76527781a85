package steepest.harness.report;

import java.util.ArrayList;
import java.util.List;
import steepest.harness.stats.Group;
import steepest.reports.charts.TimeToTargetChart;
import steepest.reports.model.Axis;
import steepest.reports.model.TargetBar;
import steepest.reports.model.TimeToTargetFigure;
import steepest.reports.style.Style;

/**
 * Success rates per problem with a known f*: for each optimizer, the fraction of runs (seeds,
 * random starts) that reached the target, as a bar with its Wilson score 95% interval (Wilson,
 * "Probable inference, the law of succession, and statistical inference", JASA 22, 1927), which
 * stays inside [0, 1] and is honest at 0% and 100%; the line marks 100%.
 */
final class SuccessFigures {

    private static final double Z = 1.959963984540054;

    private SuccessFigures() {
    }

    static List<NamedChart> build(ResultsView view, String target, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        for (String problem : view.problems()) {
            if (Double.isNaN(view.optimalValue(problem))) {
                continue;
            }
            List<TargetBar> bars = new ArrayList<>();
            int runs = 0;
            for (Group group : view.groups()) {
                if (group.problem().equals(problem)) {
                    double rate = group.successRate(target);
                    double[] interval = wilson(rate, group.runs());
                    bars.add(new TargetBar(group.optimizer(), view.optimizerLabel(group.optimizer()), rate,
                            interval[0], interval[1]));
                    runs = Math.max(runs, group.runs());
                }
            }
            String title = view.problemLabel(problem);
            TimeToTargetFigure figure = new TimeToTargetFigure(title,
                    new Axis("success rate (τ = " + target + ")", false, 0, Double.NaN), 1, bars);
            charts.add(new NamedChart("success-" + NamedChart.slug(title),
                    title + ": fraction of the " + runs + " runs per optimizer that reached f − f* <= " + target
                            + " (f(x0) − f*), with Wilson 95% intervals", TimeToTargetChart.render(figure, style)));
        }
        return charts;
    }

    /** The Wilson score interval of a proportion {@code p} observed in {@code n} trials. */
    static double[] wilson(double p, int n) {
        double z2 = Z * Z / n;
        double center = (p + z2 / 2) / (1 + z2);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n)) / (1 + z2);
        // The interval contains p; the min/max only guard against rounding at p = 0 or 1.
        return new double[] {Math.min(p, Math.max(0, center - half)), Math.max(p, Math.min(1, center + half))};
    }
}
