package steepest.reports.charts;

import java.awt.BasicStroke;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.TargetBar;
import steepest.reports.model.TimeToTargetFigure;
import steepest.reports.style.Dash;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Palette;
import steepest.reports.style.Style;

/**
 * Draws a {@link TimeToTargetFigure}: one bar per optimizer, left to right, labelled on the x axis,
 * filled with the optimizer's colour up to the median cost, with a black error bar over the
 * quantile interval. A censored bar (median +∞) is drawn up to the budget, pale, with a dashed
 * outline in the optimizer's colour and a black upward triangle on top; an error bar whose upper
 * quantile is +∞ ends at the budget with the same triangle. A dashed gray line marks the budget.
 * On a log value axis bars start at the axis minimum, else at the decade below the smallest cost;
 * on a linear one at 0. Without a maximum the value axis ends a little above the budget, leaving
 * room for the legend (the key, when a triangle is drawn) top right; it goes below the plot if
 * that corner is taken.
 *
 * <p>Series: one fill per bar, then lines (the budget, each censored outline, each error bar),
 * then the triangles (no legend entry) and the legend key "not reached (budget)" when a triangle
 * is drawn.
 */
public final class TimeToTargetChart {

    /** A bar's width, in slots. */
    private static final double WIDTH = 0.64;
    /** An error bar's cap width, in slots. */
    private static final double CAP = 0.16;
    /** Labels are rotated when there are more bars than this. */
    /** Average glyph width of a tick label, in units of its font size (serif and sans alike). */
    private static final double CHAR_WIDTH = 0.6;
    /** The plot's share of the chart's width. */
    private static final double PLOT_SHARE = 0.8;
    private static final int LABEL_ROTATION = 90;
    /** Without an axis maximum, the axis goes this fraction of its span beyond the budget (room for the key). */
    private static final double HEADROOM = 0.15;
    /** Opacity of a censored bar. */
    private static final double CENSORED_ALPHA = 0.22;

    private TimeToTargetChart() {
    }

    /** Builds the chart. */
    public static XYChart render(TimeToTargetFigure figure, Style style) {
        List<TargetBar> bars = figure.bars();
        double budget = figure.budget();
        Axis valueAxis = figure.valueAxis();
        double base = base(figure);
        Axis yAxis = Double.isNaN(valueAxis.min()) ? valueAxis.withMin(base) : valueAxis;
        if (Double.isNaN(valueAxis.max())) {
            yAxis = yAxis.withMax(valueAxis.logarithmic() ? budget * Math.pow(budget / base, HEADROOM)
                    : budget + HEADROOM * (budget - base));
        }
        Axis xAxis = new Axis("", false, -0.5, Math.max(bars.size(), 1) - 0.5);
        Canvas canvas = new Canvas(style, figure.title(), xAxis, yAxis, LegendPlacement.INSIDE_TOP_RIGHT,
                LegendPlacement.OUTSIDE_BELOW);
        canvas.grid(false, true);
        List<Look> looks = OptimizerLooks.forFigure(bars.stream().map(TargetBar::styleKey).toList());
        BasicStroke thin = new BasicStroke(style.lineWidth() * 0.75f);
        canvas.reference(new double[] {-0.5, bars.size() - 0.5}, new double[] {budget, budget});
        double[] arrowX = new double[bars.size()];
        double[] arrowY = new double[bars.size()];
        int arrows = 0;
        for (int i = 0; i < bars.size(); i++) {
            TargetBar bar = bars.get(i);
            Look look = looks.get(i);
            double left = i - WIDTH / 2;
            double right = i + WIDTH / 2;
            double top = bar.censored() ? budget : bar.median();
            double[] xs = {left, right, right, left};
            double[] ys = {base, base, top, top};
            if (bar.censored()) {
                canvas.polygon(Palette.translucent(look.color(), CENSORED_ALPHA), xs, ys);
                canvas.stroke(look.color(), Dash.DASHED.stroke(style.lineWidth() * 0.75f),
                        new double[] {left, left, right, right}, new double[] {base, top, top, base});
            } else {
                canvas.polygon(look.color(), xs, ys);
                double upper = Math.min(bar.upper(), budget);
                if (bar.lower() < upper) {
                    canvas.stroke(Palette.BLACK, thin,
                            new double[] {i - CAP, i + CAP, i, i, i - CAP, i + CAP},
                            new double[] {bar.lower(), bar.lower(), bar.lower(), upper, upper, upper});
                }
            }
            if (bar.censored() || bar.upper() == Double.POSITIVE_INFINITY) {
                arrowX[arrows] = i;
                arrowY[arrows++] = budget;
            }
        }
        if (arrows > 0) {
            canvas.unlabelledMarks(Palette.BLACK, MarkerShape.TRIANGLE_UP, Arrays.copyOf(arrowX, arrows),
                    Arrays.copyOf(arrowY, arrows));
            canvas.key("not reached (budget)", Palette.BLACK, MarkerShape.TRIANGLE_UP);
        }
        canvas.xTickLabels(value -> label(bars, value), fitsUpright(bars, style) ? 0 : LABEL_ROTATION);
        return canvas.build();
    }

    /** Whether the longest label fits its bar's slot written horizontally (else labels stand vertical). */
    private static boolean fitsUpright(List<TargetBar> bars, Style style) {
        int longest = bars.stream().mapToInt(bar -> bar.label().length()).max().orElse(0);
        double slot = style.widthPoints() * PLOT_SHARE / Math.max(bars.size(), 1);
        return longest * CHAR_WIDTH * style.font(-1).getSize2D() <= slot;
    }

    /** The bottom of the bars: a power of ten below every finite lower quantile and at least a decade below the budget. */
    private static double base(TimeToTargetFigure figure) {
        Axis axis = figure.valueAxis();
        if (!Double.isNaN(axis.min())) {
            return axis.min();
        }
        if (!axis.logarithmic()) {
            return 0;
        }
        double smallest = figure.budget() / 10;
        for (TargetBar bar : figure.bars()) {
            if (bar.lower() > 0) {
                smallest = Math.min(smallest, bar.lower());
            }
        }
        return Math.pow(10, Math.floor(Math.log10(smallest)) - (Math.log10(smallest) % 1 == 0 ? 1 : 0));
    }

    /**
     * A bar's label at its slot, blank elsewhere: the same one-space label between slots (so XChart
     * steps by whole slots, see {@link Canvas#xTickLabels}; a space, since XChart cannot paint an
     * empty label that survives, as one does with two bars) and distinct runs of spaces at the few
     * slots beyond either end that XChart also labels (so that its labels can all differ; the axis
     * ends get theirs from {@link AxisScale}).
     */
    private static String label(List<TargetBar> bars, double value) {
        long slot = Math.round(value);
        if (Math.abs(value - slot) > 1e-9) {
            return " ";
        }
        if (slot < 0) {
            return " ".repeat((int) Math.min(2 - 2 * slot, 64));
        }
        return slot < bars.size() ? bars.get((int) slot).label() : " ".repeat((int) Math.min(3 + 2 * (slot - bars.size()), 63));
    }
}
