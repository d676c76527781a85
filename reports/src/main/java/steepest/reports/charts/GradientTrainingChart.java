package steepest.reports.charts;

import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.Style;

/**
 * Draws per-layer gradient norms over training: a {@link LineFigure} with one series per layer in
 * depth order (first = the input side) against iterations, epochs or time. Layers are ordered, so
 * they take viridis colours from dark (input) to light (output) ({@link Look#sequential}), which
 * keeps their order readable in grayscale. The legend goes in a free inside corner (top right
 * first), else right of the plot.
 *
 * <p>Series: one line per layer, one legend entry per layer.
 */
public final class GradientTrainingChart {

    private GradientTrainingChart() {
    }

    /** Builds the chart. */
    public static XYChart render(LineFigure figure, Style style) {
        Canvas canvas = new Canvas(style, figure.title(), figure.xAxis(), figure.yAxis(), LegendPlacement.INSIDE_TOP_RIGHT,
                LegendPlacement.OUTSIDE_RIGHT);
        List<Series> layers = figure.series();
        for (int i = 0; i < layers.size(); i++) {
            Series layer = layers.get(i);
            canvas.line(layer.label(), Look.sequential(i, layers.size()), layer.x(), layer.y());
        }
        return canvas.build();
    }
}
