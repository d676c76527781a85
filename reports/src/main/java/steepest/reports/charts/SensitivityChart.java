package steepest.reports.charts;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.SensitivityCurve;
import steepest.reports.model.SensitivityFigure;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Style;

/**
 * Draws a {@link SensitivityFigure}: per optimizer a line through the final losses of the runs
 * that did not diverge, with a marker at every learning rate, in the optimizer's look. Diverged
 * runs get a thin × in the optimizer's colour on a dashed gray "ceiling" line at the top of the
 * plot (the y axis' maximum, else a little above the largest loss), and one legend key
 * "diverged". On a log loss axis, a loss of 0 or below (a run that reached the optimum exactly)
 * has no place: it gets a downward arrow in the optimizer's colour on a dashed gray "floor" line at
 * the bottom (the axis' minimum, else a little below the smallest positive loss), and one legend
 * key "≤ 0 (floor)", instead of vanishing. The legend goes in a free inside corner (bottom right
 * first), else right of the plot.
 *
 * <p>Series: the ceiling line (when a run diverged), the floor line (when a loss is at the floor),
 * one line per curve, one set of × marks per curve with diverged runs and one set of arrows per
 * curve with losses at the floor (no legend entries), then legend entries: one per curve, then
 * "diverged", then "≤ 0 (floor)".
 */
public final class SensitivityChart {

    private SensitivityChart() {
    }

    /** Builds the chart. */
    public static XYChart render(SensitivityFigure figure, Style style) {
        List<SensitivityCurve> curves = figure.curves();
        Axis yAxis = figure.yAxis();
        double[] shown = OffScale.range(yAxis, curves.stream().flatMapToDouble(SensitivityChart::kept).toArray());
        OffScale ceiling = new OffScale(OffScale.above(yAxis, shown), MarkerShape.X, "diverged");
        OffScale floor = new OffScale(OffScale.below(yAxis, shown), MarkerShape.ARROW_DOWN, "≤ 0 (floor)");
        Canvas canvas = new Canvas(style, figure.title(), figure.xAxis(), yAxis, LegendPlacement.INSIDE_BOTTOM_RIGHT,
                LegendPlacement.OUTSIDE_RIGHT);
        List<Look> looks = OptimizerLooks.forFigure(curves.stream().map(SensitivityCurve::styleKey).toList());
        double lowRate = Double.POSITIVE_INFINITY;
        double highRate = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curves.size(); i++) {
            SensitivityCurve curve = curves.get(i);
            double[] rates = curve.learningRates();
            double[] losses = curve.finalLosses();
            boolean[] diverged = curve.diverged();
            double[] kept = losses.clone();
            double[] divergedRates = new double[rates.length];
            double[] floorRates = new double[rates.length];
            int divergences = 0;
            int zeros = 0;
            for (int k = 0; k < rates.length; k++) {
                lowRate = Math.min(lowRate, rates[k]);
                highRate = Math.max(highRate, rates[k]);
                if (diverged[k]) {
                    kept[k] = Double.NaN;
                    divergedRates[divergences++] = rates[k];
                } else if (yAxis.logarithmic() && losses[k] <= 0) {
                    floorRates[zeros++] = rates[k];
                }
            }
            canvas.lineWithEveryPoint(curve.label(), looks.get(i), rates, kept);
            ceiling.mark(canvas, looks.get(i).color(), Arrays.copyOf(divergedRates, divergences));
            floor.mark(canvas, looks.get(i).color(), Arrays.copyOf(floorRates, zeros));
        }
        ceiling.finish(canvas, lowRate, highRate);
        floor.finish(canvas, lowRate, highRate);
        return canvas.build();
    }

    /** The losses of the runs that did not diverge. */
    private static DoubleStream kept(SensitivityCurve curve) {
        double[] losses = curve.finalLosses();
        boolean[] diverged = curve.diverged();
        return IntStream.range(0, losses.length).filter(k -> !diverged[k]).mapToDouble(k -> losses[k]);
    }
}
