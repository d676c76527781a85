package steepest.reports.charts;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.model.ReferenceLevel;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Style;

/**
 * Draws a {@link ConvergenceFigure}: per optimizer a translucent quantile band under its median
 * line, in the optimizer's fixed look. The legend goes in a free inside corner, bottom left
 * (where descending curves leave room) if free, else right of the plot. Each reference level is a
 * thin dotted line across the bands' x range, in the colour of the band with its style key (gray
 * without one), with a legend entry after the bands'.
 *
 * <p>Series: one fill per band with a visible width, one line per band and per level, one legend
 * entry per band, then one per level (see {@link Canvas}).
 */
public final class ConvergenceChart {

    private ConvergenceChart() {
    }

    /** Builds the chart. */
    public static XYChart render(ConvergenceFigure figure, Style style) {
        Canvas canvas = new Canvas(style, figure.title(), figure.xAxis(), figure.yAxis(),
                LegendPlacement.INSIDE_BOTTOM_LEFT, LegendPlacement.OUTSIDE_RIGHT);
        List<QuantileBand> bands = figure.bands();
        List<Look> looks = OptimizerLooks.forFigure(bands.stream().map(QuantileBand::styleKey).toList());
        for (int i = 0; i < bands.size(); i++) {
            QuantileBand band = bands.get(i);
            canvas.band(looks.get(i), band.x(), band.lower(), band.upper());
            canvas.line(band.label(), looks.get(i), band.x(), band.median());
        }
        double left = bands.stream().mapToDouble(b -> b.x().length == 0 ? Double.NaN : b.x()[0])
                .filter(Double::isFinite).min().orElse(Double.NaN);
        double right = bands.stream().mapToDouble(b -> b.x().length == 0 ? Double.NaN : b.x()[b.x().length - 1])
                .filter(Double::isFinite).max().orElse(Double.NaN);
        for (ReferenceLevel level : figure.levels()) {
            Color color = Canvas.REFERENCE;
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).styleKey().equals(level.styleKey())) {
                    color = looks.get(i).color();
                }
            }
            canvas.level(level.label(), color, left, right, level.value());
        }
        return canvas.build();
    }
}
