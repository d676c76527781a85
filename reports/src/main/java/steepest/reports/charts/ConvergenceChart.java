package steepest.reports.charts;

import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Style;

/**
 * Draws a {@link ConvergenceFigure}: per optimizer a translucent quantile band under its median
 * line, in the optimizer's fixed look. The legend goes in a free inside corner, bottom left
 * (where descending curves leave room) if free, else right of the plot.
 *
 * <p>Series: one fill per band with a visible width, one line per band, one legend entry per band
 * (see {@link Canvas}).
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
        return canvas.build();
    }
}
