package steepest.reports.charts;

import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.SensitivityCurve;
import steepest.reports.model.SensitivityFigure;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Palette;
import steepest.reports.style.Style;

/**
 * Draws a {@link SensitivityFigure}: per optimizer a line through the final losses of the runs
 * that did not diverge, with a marker at every learning rate, in the optimizer's look. Diverged
 * runs get a thin × in the optimizer's colour on a dashed gray "ceiling" line at the top of the
 * plot (the y axis' maximum, else a little above the largest loss), and one legend key
 * "diverged". The legend goes in a free inside corner (bottom right first), else right of the
 * plot.
 *
 * <p>Series: the ceiling line (when a run diverged), one line per curve, one set of × marks per
 * curve with diverged runs (no legend entry), then legend entries: one per curve, then "diverged".
 */
public final class SensitivityChart {

    /** On a log axis without a maximum, the ceiling is this factor above the largest loss. */
    private static final double LOG_HEADROOM = 3;
    /** On a linear axis without a maximum, the ceiling is this fraction of the range above the largest loss. */
    private static final double LINEAR_HEADROOM = 0.1;

    private SensitivityChart() {
    }

    /** Builds the chart. */
    public static XYChart render(SensitivityFigure figure, Style style) {
        List<SensitivityCurve> curves = figure.curves();
        double ceiling = ceiling(figure);
        Canvas canvas = new Canvas(style, figure.title(), figure.xAxis(), figure.yAxis(), LegendPlacement.INSIDE_BOTTOM_RIGHT,
                LegendPlacement.OUTSIDE_RIGHT);
        List<Look> looks = OptimizerLooks.forFigure(curves.stream().map(SensitivityCurve::styleKey).toList());
        double lowRate = Double.POSITIVE_INFINITY;
        double highRate = Double.NEGATIVE_INFINITY;
        boolean anyDiverged = false;
        for (int i = 0; i < curves.size(); i++) {
            SensitivityCurve curve = curves.get(i);
            double[] rates = curve.learningRates();
            double[] losses = curve.finalLosses();
            boolean[] diverged = curve.diverged();
            double[] kept = losses.clone();
            double[] divergedRates = new double[rates.length];
            int count = 0;
            for (int k = 0; k < rates.length; k++) {
                lowRate = Math.min(lowRate, rates[k]);
                highRate = Math.max(highRate, rates[k]);
                if (diverged[k]) {
                    kept[k] = Double.NaN;
                    divergedRates[count++] = rates[k];
                }
            }
            canvas.lineWithEveryPoint(curve.label(), looks.get(i), rates, kept);
            if (count > 0) {
                double[] top = new double[count];
                Arrays.fill(top, ceiling);
                canvas.unlabelledMarks(looks.get(i).color(), MarkerShape.X, Arrays.copyOf(divergedRates, count), top);
                anyDiverged = true;
            }
        }
        if (anyDiverged) {
            canvas.reference(new double[] {lowRate, highRate}, new double[] {ceiling, ceiling});
            canvas.key("diverged", Palette.BLACK, MarkerShape.X);
        }
        return canvas.build();
    }

    /** Where diverged runs are marked. */
    private static double ceiling(SensitivityFigure figure) {
        Axis y = figure.yAxis();
        if (!Double.isNaN(y.max())) {
            return y.max();
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (SensitivityCurve curve : figure.curves()) {
            double[] losses = curve.finalLosses();
            boolean[] diverged = curve.diverged();
            for (int k = 0; k < losses.length; k++) {
                if (!diverged[k] && (!y.logarithmic() || losses[k] > 0)) {
                    low = Math.min(low, losses[k]);
                    high = Math.max(high, losses[k]);
                }
            }
        }
        if (!Double.isFinite(high)) {
            return 1;
        }
        return y.logarithmic() ? high * LOG_HEADROOM : high + Math.max(LINEAR_HEADROOM * (high - low), LINEAR_HEADROOM);
    }
}
