package steepest.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.EcdfCurve;
import steepest.reports.model.EcdfFigure;
import steepest.reports.model.StepCurve;
import steepest.reports.style.Dash;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Palette;
import steepest.reports.style.Style;

/**
 * Draws an {@link EcdfFigure} as cocopp's {@code pprldmany} does: each optimizer's ECDF as a
 * staircase in its look from the x axis' left end to its right end, and the virtual best first,
 * behind the others, {@value #VIRTUAL_BEST_WIDTH} times as wide in a light wheat with diamonds
 * (cocopp's reference line). Where an optimizer's data end, the median budget of its unsuccessful
 * runs (cocopp's ×), a short vertical bar in its colour sits on its curve, with one legend key
 * "budget". Without bounds a log x axis runs from the decade at or below the smallest breakpoint to the
 * decade beyond the largest breakpoint or budget. The legend goes in a free inside corner, top left
 * first (rising curves leave it free), else right of the plot.
 *
 * <p>Series: the virtual best's line (if any), one line per curve, one bar mark per curve with a
 * budget (no legend entry), then legend entries: the virtual best, one per curve, then "budget".
 */
public final class EcdfChart {

    /** The virtual best's line width, in data-line widths. */
    static final float VIRTUAL_BEST_WIDTH = 4;
    /** cocopp's reference colour, matplotlib's "wheat". */
    static final Color WHEAT = new Color(245, 222, 179);
    /**
     * Without a maximum, the x axis ends at least this factor beyond the last breakpoint or budget (on
     * a log axis at the next whole decade, as cocopp's do).
     */
    private static final double MARGIN = 1.2;

    private EcdfChart() {
    }

    /** Builds the chart. */
    public static XYChart render(EcdfFigure figure, Style style) {
        List<EcdfCurve> curves = figure.curves();
        List<StepCurve> all = Stream.concat(figure.virtualBest().stream(), curves.stream().map(EcdfCurve::steps)).toList();
        Axis xAxis = figure.xAxis();
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        List<Double> ends = new ArrayList<>();
        all.forEach(curve -> {
            for (double at : curve.at()) {
                ends.add(at);
            }
        });
        curves.forEach(curve -> ends.add(curve.budget()));
        for (double x : ends) {
            if (AxisScale.fits(x, xAxis)) {
                first = Math.min(first, x);
                last = Math.max(last, x);
            }
        }
        double left = !Double.isNaN(xAxis.min()) ? xAxis.min() : !Double.isFinite(first) ? 1
                : xAxis.logarithmic() ? Math.pow(10, Math.floor(Math.log10(first))) : Math.min(first, 0);
        last = Math.max(last, left);
        double right = !Double.isNaN(xAxis.max()) ? xAxis.max()
                : xAxis.logarithmic() ? Math.pow(10, Math.ceil(Math.log10(last * MARGIN)))
                : last + (MARGIN - 1) * (last - left) + 1;
        Axis bounded = new Axis(xAxis.title(), xAxis.logarithmic(), left, right);
        Canvas canvas = new Canvas(style, figure.title(), bounded, figure.yAxis(), LegendPlacement.INSIDE_TOP_LEFT,
                LegendPlacement.OUTSIDE_RIGHT);
        figure.virtualBest().ifPresent(best -> {
            double[][] steps = ProfileChart.staircase(best, left, right);
            canvas.wideLine(best.label(), new Look(WHEAT, Dash.SOLID, MarkerShape.DIAMOND), VIRTUAL_BEST_WIDTH, steps[0],
                    steps[1]);
        });
        List<Look> looks = OptimizerLooks.forFigure(curves.stream().map(c -> c.steps().styleKey()).toList());
        boolean budgets = false;
        for (int i = 0; i < curves.size(); i++) {
            EcdfCurve curve = curves.get(i);
            double[][] steps = ProfileChart.staircase(curve.steps(), left, right);
            canvas.line(curve.steps().label(), looks.get(i), steps[0], steps[1]);
            if (!Double.isNaN(curve.budget())) {
                canvas.unlabelledMarks(looks.get(i).color(), MarkerShape.BAR, new double[] {curve.budget()},
                        new double[] {curve.steps().valueAt(curve.budget())});
                budgets = true;
            }
        }
        if (budgets) {
            canvas.key("budget", Palette.BLACK, MarkerShape.BAR);
        }
        return canvas.build();
    }
}
