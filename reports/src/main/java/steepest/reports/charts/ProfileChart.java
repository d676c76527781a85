package steepest.reports.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.ProfileFigure;
import steepest.reports.model.StepCurve;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Style;

/**
 * Draws a {@link ProfileFigure}: each solver's profile as a staircase in its optimizer look, from
 * the x axis' left end to its right end (see {@link ProfileFigure} for the defaults). The legend
 * goes in a free inside corner, bottom right (where rising profiles leave room) if free, else
 * right of the plot.
 *
 * <p>Series: one line per curve, one legend entry per curve.
 */
public final class ProfileChart {

    /** Without an x maximum, a log axis ends this factor beyond the last breakpoint. */
    private static final double LOG_MARGIN = 1.3;
    /** Without an x maximum, a linear axis ends this fraction of the span beyond the last breakpoint. */
    private static final double LINEAR_MARGIN = 0.05;

    private ProfileChart() {
    }

    /** Builds the chart. */
    public static XYChart render(ProfileFigure figure, Style style) {
        List<StepCurve> curves = figure.curves();
        Axis xAxis = figure.xAxis();
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (StepCurve curve : curves) {
            for (double at : curve.at()) {
                if (!xAxis.logarithmic() || at > 0) {
                    first = Math.min(first, at);
                    last = Math.max(last, at);
                }
            }
        }
        double left = !Double.isNaN(xAxis.min()) ? xAxis.min() : Double.isFinite(first) ? first : xAxis.logarithmic() ? 1 : 0;
        last = Math.max(last, left);
        double right = !Double.isNaN(xAxis.max()) ? xAxis.max()
                : xAxis.logarithmic() ? last * LOG_MARGIN : last + Math.max(LINEAR_MARGIN * (last - left), 1);
        Axis bounded = new Axis(xAxis.title(), xAxis.logarithmic(), left, right);
        Canvas canvas = new Canvas(style, figure.title(), bounded, figure.yAxis(), LegendPlacement.INSIDE_BOTTOM_RIGHT,
                LegendPlacement.OUTSIDE_RIGHT);
        List<Look> looks = OptimizerLooks.forFigure(curves.stream().map(StepCurve::styleKey).toList());
        for (int i = 0; i < curves.size(); i++) {
            double[][] steps = staircase(curves.get(i), left, right);
            canvas.line(curves.get(i).label(), looks.get(i), steps[0], steps[1]);
        }
        return canvas.build();
    }

    /** The vertices of the step function on [left, right]: a rise at each breakpoint inside. */
    static double[][] staircase(StepCurve curve, double left, double right) {
        List<double[]> points = new ArrayList<>();
        double value = curve.valueAt(left);
        points.add(new double[] {left, value});
        double[] at = curve.at();
        double[] fraction = curve.fraction();
        for (int i = 0; i < at.length; i++) {
            if (at[i] > left && at[i] < right) {
                points.add(new double[] {at[i], value});
                value = fraction[i];
                points.add(new double[] {at[i], value});
            }
        }
        points.add(new double[] {right, value});
        double[][] out = new double[2][points.size()];
        for (int k = 0; k < points.size(); k++) {
            out[0][k] = points.get(k)[0];
            out[1][k] = points.get(k)[1];
        }
        return out;
    }
}
