package steepest.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import steepest.harness.stats.Group;
import steepest.harness.stats.Quantiles;
import steepest.harness.results.Status;
import steepest.optimizers.spec.Spec;
import steepest.reports.charts.SensitivityChart;
import steepest.reports.model.Axis;
import steepest.reports.model.SensitivityCurve;
import steepest.reports.model.SensitivityFigure;
import steepest.reports.style.Style;

/**
 * Learning-rate sensitivity per problem: the median final gap (final f when f* is unknown) against
 * {@code lr}, one line per optimizer setting that was run with at least three learning rates (all
 * its other keys equal); a setting whose runs mostly diverged is marked, not plotted as a value.
 */
final class SensitivityFigures {

    private static final int MINIMUM_RATES = 3;

    private SensitivityFigures() {
    }

    static List<NamedChart> build(ResultsView view, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        for (String problem : view.problems()) {
            boolean gap = !Double.isNaN(view.optimalValue(problem));
            Map<String, TreeMap<Double, Group>> families = new LinkedHashMap<>();
            for (Group group : view.groups()) {
                if (!group.problem().equals(problem)) {
                    continue;
                }
                Spec spec = Spec.parse("optimizer", group.optimizer());
                String rate = spec.arguments().get("lr");
                if (rate == null) {
                    continue;
                }
                Map<String, String> others = new LinkedHashMap<>(spec.arguments());
                others.remove("lr");
                String family = new Spec(spec.name(), others).toString();
                families.computeIfAbsent(family, f -> new TreeMap<>()).put(Double.parseDouble(rate), group);
            }
            List<SensitivityCurve> curves = new ArrayList<>();
            families.forEach((family, byRate) -> {
                if (byRate.size() < MINIMUM_RATES) {
                    return;
                }
                double[] rates = byRate.keySet().stream().mapToDouble(Double::doubleValue).toArray();
                double[] losses = new double[rates.length];
                boolean[] diverged = new boolean[rates.length];
                int i = 0;
                for (Group group : byRate.values()) {
                    long failed = group.statuses().stream().filter(s -> s == Status.DIVERGED || s == Status.FAILED).count();
                    double loss = Quantiles.median(gap ? group.finalGaps() : group.finalValues());
                    diverged[i] = 2 * failed > group.runs() || !Double.isFinite(loss);
                    losses[i] = diverged[i] ? Double.NaN : loss;
                    i++;
                }
                curves.add(new SensitivityCurve(family, view.optimizerLabel(family), rates, losses, diverged));
            });
            if (!curves.isEmpty()) {
                String title = view.problemLabel(problem);
                SensitivityFigure figure = new SensitivityFigure(title, Axis.log("learning rate"),
                        gap ? Axis.log("final f − f*") : Axis.linear("final f"), curves);
                charts.add(new NamedChart("sensitivity-" + NamedChart.slug(title),
                        title + ": final " + (gap ? "gap" : "value") + " (median across seeds) against the learning rate;"
                                + " crosses mark settings that diverged", SensitivityChart.render(figure, style)));
            }
        }
        return charts;
    }
}
