package steepest.harness.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import steepest.harness.stats.Group;
import steepest.harness.stats.Quantiles;
import steepest.reports.charts.TimeToTargetChart;
import steepest.reports.model.Axis;
import steepest.reports.model.TargetBar;
import steepest.reports.model.TimeToTargetFigure;
import steepest.reports.style.Style;

/**
 * Time to target per problem with a known f*: for each optimizer, the median and interquartile
 * range across seeds of the gradient evaluations to reach the target, with runs that never reached
 * it censored (+∞), so a bar that reaches the budget line means most runs failed.
 */
final class TargetFigures {

    private TargetFigures() {
    }

    static List<NamedChart> build(ResultsView view, String target, Style style) {
        double budget = view.largestGradientCount().orElse(1);
        List<NamedChart> charts = new ArrayList<>();
        for (String problem : view.problems()) {
            if (Double.isNaN(view.optimalValue(problem))) {
                continue;
            }
            List<TargetBar> bars = new ArrayList<>();
            for (Group group : view.groups()) {
                if (group.problem().equals(problem)) {
                    double[] costs = group.gradientsTo().get(target);
                    bars.add(new TargetBar(group.optimizer(), view.optimizerLabel(group.optimizer()), Quantiles.median(costs),
                            Quantiles.of(costs, 0.25), Quantiles.of(costs, 0.75)));
                }
            }
            String title = view.problemLabel(problem);
            TimeToTargetFigure figure = new TimeToTargetFigure(title,
                    Axis.log("gradient evaluations to reach " + target), Math.max(budget, 1), bars);
            charts.add(new NamedChart("time-to-target-" + NamedChart.slug(title),
                    title + ": gradient evaluations until f − f* <= " + target + " (f(x0) − f*), median and"
                            + " interquartile range; runs that never reached it count as beyond the budget",
                    TimeToTargetChart.render(figure, style)));
        }
        return charts;
    }
}
