package steepest.reports.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.XYChart;
import steepest.reports.export.Export;
import steepest.reports.export.Format;
import steepest.reports.style.Column;
import steepest.reports.style.Style;

/**
 * Writes every chart type's fixture in PNG, SVG and PDF, in the paper and screen styles, to a folder
 * (the first argument): {@code java -cp ... steepest.reports.charts.SampleGallery out/}.
 */
public final class SampleGallery {

    private SampleGallery() {
    }

    /** Renders the fixtures into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        for (Style style : new Style[] {Style.paper(Column.SINGLE), Style.screen()}) {
            Map<String, XYChart> charts = new LinkedHashMap<>();
            charts.put("convergence", ConvergenceChart.render(Fixtures.convergence(), style));
            charts.put("contour", ContourChart.render(Fixtures.contour(), style));
            charts.put("profile", ProfileChart.render(Fixtures.performance(), style));
            charts.put("gradient-depth", GradientDepthChart.render(Fixtures.depth(), style));
            charts.put("gradient-training", GradientTrainingChart.render(Fixtures.training(), style));
            charts.put("sensitivity", SensitivityChart.render(Fixtures.sensitivity(), style));
            charts.put("time-to-target", TimeToTargetChart.render(Fixtures.timeToTarget(), style));
            charts.put("sensitivity-floor", SensitivityChart.render(Fixtures.sensitivityAtTheFloor(), style));
            charts.put("scaling", ScalingChart.render(Fixtures.scaling(), style));
            charts.put("ecdf", EcdfChart.render(Fixtures.ecdf(), style));
            charts.put("critical-difference", CriticalDifferenceChart.render(Fixtures.criticalDifference(), style));
            for (Map.Entry<String, XYChart> chart : charts.entrySet()) {
                Export.write(chart.getValue(), folder.resolve(style.name() + "-" + chart.getKey()),
                        EnumSet.allOf(Format.class), style.name().equals("paper") ? 200 : 96);
            }
        }
    }
}
