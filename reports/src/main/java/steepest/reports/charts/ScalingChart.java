package steepest.reports.charts;

import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Style;

/**
 * Draws cost against a problem parameter (dimension, condition number): a {@link LineFigure} whose
 * y values are costs to reach a target, one line per optimizer with a marker at every point, in
 * the optimizer's look. A cost of +∞ means the target was not reached within the budget: the line
 * breaks there and the point gets an upward arrow in the optimizer's colour on a dashed gray line at
 * the top of the plot (the y axis' maximum, else a little above the largest cost), with one legend
 * key "not reached", as the time-to-target bars mark theirs. A NaN cost (no run) is a plain gap.
 * The legend goes in a free inside corner (top left first, where rising costs leave room), else
 * right of the plot.
 *
 * <p>Series: the "not reached" line (when a point is not reached), one line per series, one set of
 * arrows per series with points not reached (no legend entry), then legend entries: one per series,
 * then "not reached".
 */
public final class ScalingChart {

    private ScalingChart() {
    }

    /** Builds the chart. */
    public static XYChart render(LineFigure figure, Style style) {
        List<Series> series = figure.series();
        double[] shown = OffScale.range(figure.yAxis(), series.stream().flatMapToDouble(s -> Arrays.stream(s.y()))
                .toArray());
        OffScale ceiling = new OffScale(OffScale.above(figure.yAxis(), shown), MarkerShape.ARROW_UP, "not reached");
        Canvas canvas = new Canvas(style, figure.title(), figure.xAxis(), figure.yAxis(), LegendPlacement.INSIDE_TOP_LEFT,
                LegendPlacement.OUTSIDE_RIGHT);
        List<Look> looks = OptimizerLooks.forFigure(series.stream().map(Series::styleKey).toList());
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < series.size(); i++) {
            double[] x = series.get(i).x();
            double[] y = series.get(i).y();
            double[] missed = new double[x.length];
            int misses = 0;
            for (int k = 0; k < x.length; k++) {
                if (AxisScale.fits(x[k], figure.xAxis())) {
                    left = Math.min(left, x[k]);
                    right = Math.max(right, x[k]);
                    if (y[k] == Double.POSITIVE_INFINITY) {
                        missed[misses++] = x[k];
                    }
                }
            }
            canvas.lineWithEveryPoint(series.get(i).label(), looks.get(i), x, y);
            ceiling.mark(canvas, looks.get(i).color(), Arrays.copyOf(missed, misses));
        }
        ceiling.finish(canvas, left, right);
        return canvas.build();
    }
}
