package steepest.reports.charts;

import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Style;

/**
 * Draws a {@link LineFigure}: one line per series in the look of its style key's optimizer (see
 * {@link OptimizerLooks}). Points an axis cannot show (zero, negative, NaN, infinite) break the
 * line; a series with no drawable point is left out, legend entry included.
 */
public final class LineCharts {

    private LineCharts() {
    }

    /** Builds the chart. */
    public static XYChart render(LineFigure figure, Style style) {
        Canvas canvas = new Canvas(style, figure.title(), figure.xAxis(), figure.yAxis(),
                LegendPlacement.INSIDE_BOTTOM_LEFT, LegendPlacement.OUTSIDE_RIGHT);
        List<Series> series = figure.series();
        List<Look> looks = OptimizerLooks.forFigure(series.stream().map(Series::styleKey).toList());
        for (int i = 0; i < series.size(); i++) {
            canvas.line(series.get(i).label(), looks.get(i), series.get(i).x(), series.get(i).y());
        }
        return canvas.build();
    }

    /** Builds the chart in the screen style at {@code width}×{@code height} points (pixels at 72 dpi). */
    public static XYChart render(LineFigure figure, int width, int height) {
        return render(figure, Style.screen().withSize(width / Style.POINTS_PER_INCH, height / Style.POINTS_PER_INCH));
    }
}
