package steepest.reports.charts;

import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.Style;

/**
 * Draws per-layer gradient norms against depth: a {@link LineFigure} whose x values are layer
 * numbers (1 = the input side) and whose series are configurations (activation, initialization,
 * depth), one line each with a marker on every layer. Configurations are not optimizers, so they
 * take categorical looks by position ({@link Look#categorical}); x ticks are labelled at whole
 * layer numbers only (one space elsewhere). The legend goes in a free inside corner (bottom right first), else right
 * of the plot.
 *
 * <p>Series: one line per configuration, one legend entry per configuration.
 */
public final class GradientDepthChart {

    private GradientDepthChart() {
    }

    /** Builds the chart. */
    public static XYChart render(LineFigure figure, Style style) {
        Canvas canvas = new Canvas(style, figure.title(), figure.xAxis(), figure.yAxis(), LegendPlacement.INSIDE_BOTTOM_RIGHT,
                LegendPlacement.OUTSIDE_RIGHT);
        List<Series> configurations = figure.series();
        for (int i = 0; i < configurations.size(); i++) {
            Series configuration = configurations.get(i);
            canvas.lineWithEveryPoint(configuration.label(), Look.categorical(i), configuration.x(), configuration.y());
        }
        canvas.xTickLabels(GradientDepthChart::layerTick, 0);
        return canvas.build();
    }

    /**
     * A whole layer number, else one space: XChart widens its step until labels differ, and it
     * cannot paint an empty label at a tick it keeps (as with one or two layers).
     */
    private static String layerTick(double value) {
        long layer = Math.round(value);
        return Math.abs(value - layer) < 1e-9 ? String.format(Locale.ROOT, "%d", layer) : " ";
    }
}
