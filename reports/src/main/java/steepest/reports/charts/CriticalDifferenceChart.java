package steepest.reports.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.CriticalDifferenceFigure;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Palette;
import steepest.reports.style.Style;

/**
 * Draws a {@link CriticalDifferenceFigure} the way Demšar (2006, Fig. 1) does: an axis of average
 * ranks from 1 (left, best) to k at the top, ticked at every rank and half rank; the critical
 * difference as a bar labelled "CD" above it, from rank 1; each optimizer as an elbow line from its
 * rank on the axis down and out to its name, the better half named on the left and the worse half on
 * the right, the outermost of each side on the highest row so that no two lines cross; and each
 * group of optimizers that do not differ significantly joined by a thick bar below the axis. All in
 * black; XChart's own axes, grid and frame are left out.
 *
 * <p>Series: the axis, its rank ticks, its half-rank ticks (k &gt;= 2), the CD bar, one elbow per
 * optimizer (best rank first), one bar per group; no legend.
 */
public final class CriticalDifferenceChart {

    /** Vertical layout, in row heights: the axis at 0, tick lengths, labels and the CD bar above. */
    private static final double TICK = 0.25;
    private static final double HALF_TICK = 0.12;
    private static final double TICK_LABEL = 0.6;
    private static final double CD_BAR = 1.4;
    private static final double CD_LABEL = 1.85;
    private static final double TOP = 2.2;
    /** The first group bar's depth, the spacing between group bars, and the gap before the first row. */
    private static final double FIRST_GROUP = 0.45;
    private static final double GROUP_STEP = 0.4;
    private static final double ROWS_GAP = 0.6;
    /** How far a group bar reaches beyond its outermost ranks, and elbows beyond the axis' ends, in ranks. */
    private static final double GROUP_OVERHANG = 0.06;
    private static final double ELBOW_REACH = 0.25;
    /** The gap between an elbow's end and its name, in points. */
    private static final double TEXT_GAP = 3;
    /** The share of the chart's width the plot gets, estimated low so that names always fit. */
    private static final double PLOT_SHARE = 0.85;
    /** The least share of the plot's width the rank axis keeps, however long the names. */
    private static final double AXIS_SHARE = 0.3;
    private static final float AXIS_WIDTH = 0.75f;
    private static final float GROUP_WIDTH = 2.5f;

    private CriticalDifferenceChart() {
    }

    /** Builds the chart. */
    public static XYChart render(CriticalDifferenceFigure figure, Style style) {
        double[] ranks = figure.averageRanks();
        List<String> labels = figure.labels();
        int k = ranks.length;
        int[] order = IntStream.range(0, k).boxed().sorted(Comparator.comparingDouble(i -> ranks[i]))
                .mapToInt(Integer::intValue).toArray();
        int leftCount = (k + 1) / 2;
        double cdEnd = 1 + figure.criticalDifference();
        double axisEnd = Math.max(k, cdEnd);
        // Rank units per point: the axis and the elbows' reach share the plot with the widest names.
        Font font = style.font(-1);
        FontRenderContext context = new FontRenderContext(null, true, true);
        double leftText = widest(labels, order, 0, leftCount, font, context) + TEXT_GAP;
        double rightText = widest(labels, order, leftCount, k, font, context) + TEXT_GAP;
        double span = axisEnd - 1 + 2 * ELBOW_REACH;
        double plot = style.widthPoints() * PLOT_SHARE;
        double pointsPerRank = Math.max(plot - leftText - rightText, AXIS_SHARE * plot) / span;
        double leftEdge = 1 - ELBOW_REACH;
        double rightEdge = axisEnd + ELBOW_REACH;
        int groups = figure.groups().size();
        double firstRow = -(FIRST_GROUP + GROUP_STEP * Math.max(groups - 1, 0) + ROWS_GAP);
        int rows = Math.max(leftCount, k - leftCount);
        double bottom = firstRow - (rows - 1) - 0.5;
        Axis xAxis = new Axis("", false, leftEdge - leftText / pointsPerRank, rightEdge + rightText / pointsPerRank);
        Axis yAxis = new Axis("", false, bottom, TOP);
        Canvas canvas = new Canvas(style, figure.title(), xAxis, yAxis, LegendPlacement.AUTO, LegendPlacement.AUTO);
        canvas.withoutAxes();
        BasicStroke thin = new BasicStroke(style.lineWidth() * AXIS_WIDTH);
        canvas.stroke(Palette.BLACK, thin, new double[] {1, k}, new double[] {0, 0});
        double[][] ranksTicks = ticks(1, k, TICK);
        canvas.stroke(Palette.BLACK, thin, ranksTicks[0], ranksTicks[1]);
        if (k >= 2) {
            double[][] halfTicks = ticks(1.5, k - 0.5, HALF_TICK);
            canvas.stroke(Palette.BLACK, thin, halfTicks[0], halfTicks[1]);
        }
        for (int r = 1; r <= k; r++) {
            canvas.text(Integer.toString(r), r, TICK_LABEL, TextMark.Align.CENTER);
        }
        canvas.stroke(Palette.BLACK, thin, new double[] {1, 1, 1, cdEnd, cdEnd, cdEnd},
                new double[] {CD_BAR + TICK / 2, CD_BAR - TICK / 2, CD_BAR, CD_BAR, CD_BAR + TICK / 2, CD_BAR - TICK / 2});
        canvas.text(String.format(Locale.ROOT, "CD = %.2f", figure.criticalDifference()), (1 + cdEnd) / 2, CD_LABEL,
                TextMark.Align.CENTER);
        for (int position = 0; position < k; position++) {
            int i = order[position];
            boolean left = position < leftCount;
            double row = firstRow - (left ? position : k - 1 - position);
            double edge = left ? leftEdge : rightEdge;
            canvas.stroke(Palette.BLACK, thin, new double[] {ranks[i], ranks[i], edge}, new double[] {0, row, row});
            canvas.text(labels.get(i), edge + (left ? -1 : 1) * TEXT_GAP / pointsPerRank, row,
                    left ? TextMark.Align.RIGHT : TextMark.Align.LEFT);
        }
        BasicStroke thick = new BasicStroke(style.lineWidth() * GROUP_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        for (int g = 0; g < groups; g++) {
            List<Integer> group = figure.groups().get(g);
            double low = group.stream().mapToDouble(i -> ranks[i]).min().orElseThrow() - GROUP_OVERHANG;
            double high = group.stream().mapToDouble(i -> ranks[i]).max().orElseThrow() + GROUP_OVERHANG;
            double y = -(FIRST_GROUP + GROUP_STEP * g);
            canvas.stroke(Palette.BLACK, thick, new double[] {low, high}, new double[] {y, y});
        }
        return canvas.build();
    }

    /** Upward ticks of {@code length} at {@code from}, {@code from} + 1, ..., {@code to}, as one path broken by NaN. */
    private static double[][] ticks(double from, double to, double length) {
        int count = (int) Math.round(to - from) + 1;
        double[] x = new double[3 * count];
        double[] y = new double[3 * count];
        for (int i = 0; i < count; i++) {
            double at = from + i;
            x[3 * i] = at;
            x[3 * i + 1] = at;
            x[3 * i + 2] = at;
            y[3 * i + 1] = length;
            y[3 * i + 2] = Double.NaN;
        }
        return new double[][] {x, y};
    }

    /** The widest of the labels of {@code order[from .. to)}, in points. */
    private static double widest(List<String> labels, int[] order, int from, int to, Font font, FontRenderContext context) {
        return Arrays.stream(order, from, to).mapToDouble(i -> font.getStringBounds(labels.get(i), context).getWidth())
                .max().orElse(0);
    }
}
