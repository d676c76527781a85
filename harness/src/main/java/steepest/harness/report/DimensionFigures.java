package steepest.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import steepest.harness.stats.Group;
import steepest.optimizers.spec.Spec;
import steepest.reports.charts.LineCharts;
import steepest.reports.model.Axis;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.Style;

/**
 * Cost against dimension: for a problem run at three or more sizes ({@code d} or {@code n}, all
 * other keys equal), the median gradient evaluations to reach the target against the dimension, one
 * line per optimizer, on log-log axes. A size where the median run never reached the target leaves a
 * gap in the line.
 */
final class DimensionFigures {

    private static final int MINIMUM_SIZES = 3;

    private DimensionFigures() {
    }

    static List<NamedChart> build(ResultsView view, String target, Style style) {
        Map<String, TreeMap<Integer, String>> families = new LinkedHashMap<>();
        for (String problem : view.problems()) {
            Spec spec = Spec.parse("problem", problem);
            String sizeKey = spec.arguments().containsKey("d") ? "d" : spec.arguments().containsKey("n") ? "n" : null;
            if (sizeKey == null || Double.isNaN(view.optimalValue(problem))) {
                continue;
            }
            Map<String, String> others = new LinkedHashMap<>(spec.arguments());
            others.remove(sizeKey);
            families.computeIfAbsent(new Spec(spec.name(), others).toString(), f -> new TreeMap<>())
                    .put((int) Double.parseDouble(spec.arguments().get(sizeKey)), problem);
        }
        List<NamedChart> charts = new ArrayList<>();
        families.forEach((family, bySize) -> {
            if (bySize.size() < MINIMUM_SIZES) {
                return;
            }
            List<Series> lines = new ArrayList<>();
            for (String optimizer : view.optimizers()) {
                double[] sizes = new double[bySize.size()];
                double[] costs = new double[bySize.size()];
                int i = 0;
                for (Map.Entry<Integer, String> entry : bySize.entrySet()) {
                    sizes[i] = entry.getKey();
                    Group group = view.groups().stream().filter(g -> g.problem().equals(entry.getValue())
                            && g.optimizer().equals(optimizer)).findFirst().orElse(null);
                    costs[i] = group == null ? Double.NaN : group.medianGradientsTo(target);
                    i++;
                }
                lines.add(new Series(optimizer, optimizer, sizes, costs));
            }
            LineFigure figure = new LineFigure(family, Axis.log("dimension"),
                    Axis.log("gradient evaluations to reach " + target), lines);
            charts.add(new NamedChart("dimension-" + NamedChart.slug(family),
                    family + ": median gradient evaluations until f − f* <= " + target
                            + " (f(x0) − f*) against the dimension", LineCharts.render(figure, style)));
        });
        return charts;
    }
}
