package steepest.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import steepest.harness.stats.Quantiles;
import steepest.optimizers.spec.Spec;
import steepest.reports.charts.ScalingChart;
import steepest.reports.model.Axis;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.Style;

/**
 * Cost against a problem parameter: for every numeric key of a problem (its dimension {@code d} or
 * {@code n}, its condition number {@code cond}, ...) that takes three or more values while the
 * problem's other keys stay equal, the median gradient evaluations to reach the target against that
 * key, one line per optimizer, on log-log axes. A value where the median run never reached the
 * target breaks the line and is marked "not reached" at the top of the plot ({@link ScalingChart});
 * an optimizer the problem cannot support (no runs) leaves a plain gap. This is how the curse of
 * dimensionality and the effect of conditioning show.
 */
final class ScalingFigures {

    private static final int MINIMUM_VALUES = 3;

    private ScalingFigures() {
    }

    static List<NamedChart> build(ResultsView view, String target, Style style) {
        Map<List<String>, TreeMap<Double, String>> families = new LinkedHashMap<>();
        for (String problem : view.problems()) {
            if (Double.isNaN(view.optimalValue(problem))) {
                continue;
            }
            Spec spec = Spec.parse("problem", problem);
            for (Map.Entry<String, String> key : spec.arguments().entrySet()) {
                Double value = number(key.getValue());
                if (value == null || !(value > 0)) {
                    continue;
                }
                Map<String, String> others = new LinkedHashMap<>(spec.arguments());
                others.remove(key.getKey());
                families.computeIfAbsent(List.of(new Spec(spec.name(), others).toString(), key.getKey()),
                        f -> new TreeMap<>()).put(value, problem);
            }
        }
        Metric cost = Metric.evaluationsTo(target);
        List<NamedChart> charts = new ArrayList<>();
        families.forEach((family, byValue) -> {
            if (byValue.size() < MINIMUM_VALUES) {
                return;
            }
            String key = family.get(1);
            List<Series> lines = new ArrayList<>();
            for (String optimizer : view.optimizers()) {
                double[] values = new double[byValue.size()];
                double[] costs = new double[byValue.size()];
                int i = 0;
                for (Map.Entry<Double, String> entry : byValue.entrySet()) {
                    values[i] = entry.getKey();
                    costs[i] = Quantiles.median(cost.of(view.runs(entry.getValue(), optimizer)));
                    i++;
                }
                lines.add(new Series(optimizer, view.optimizerLabel(optimizer), values, costs));
            }
            String problem = view.problemLabel(family.get(0));
            LineFigure figure = new LineFigure(problem + " against " + key, Axis.log(key),
                    Axis.log("gradient evaluations to reach " + target), lines);
            charts.add(new NamedChart("scaling-" + NamedChart.slug(problem) + "-" + key,
                    problem + ": median gradient evaluations until f − f* <= " + target + " (f(x0) − f*) against "
                            + key + "; arrows at the top: the median run never reached it", ScalingChart.render(figure,
                            style)));
        });
        return charts;
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
