package steepest.reports.charts;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import steepest.reports.style.LegendPlacement;

/**
 * Finds a corner of the plot where the legend hides (almost) nothing, in the spirit of
 * matplotlib's {@code loc="best"}: what is drawn is rasterized onto a coarse grid over the plot,
 * and each inside corner is scored by the occupied cells under a legend-sized box.
 */
final class LegendSpot {

    private static final int COLUMNS = 60;
    private static final int ROWS = 45;
    /** A corner is free when at most this fraction of the cells under the legend is occupied. */
    private static final double TOLERATED = 0.02;
    /** XChart leaves this fraction of the plot around the data on each side (its plot content size is 0.94). */
    private static final double INSET = 0.03;
    private static final LegendPlacement[] CORNERS = {LegendPlacement.INSIDE_TOP_RIGHT,
        LegendPlacement.INSIDE_TOP_LEFT, LegendPlacement.INSIDE_BOTTOM_RIGHT, LegendPlacement.INSIDE_BOTTOM_LEFT};

    private final boolean[][] taken = new boolean[ROWS][COLUMNS];
    private final double[] bounds;

    /**
     * @param bounds transformed {xMin, xMax, yMin, yMax} of the plot
     */
    LegendSpot(double[] bounds) {
        this.bounds = bounds.clone();
    }

    /** Marks the cells a transformed polyline passes through. */
    void line(double[][] run) {
        for (int i = 0; i < run[0].length; i++) {
            point(run[0][i], run[1][i]);
            if (i > 0) {
                double du = (u(run[0][i]) - u(run[0][i - 1])) * COLUMNS;
                double dv = (v(run[1][i]) - v(run[1][i - 1])) * ROWS;
                int steps = (int) Math.ceil(2 * Math.max(Math.abs(du), Math.abs(dv)));
                for (int k = 1; k < steps; k++) {
                    double t = (double) k / steps;
                    point(run[0][i - 1] + t * (run[0][i] - run[0][i - 1]), run[1][i - 1] + t * (run[1][i] - run[1][i - 1]));
                }
            }
        }
    }

    /** Marks the cells whose centre lies inside a transformed polygon. */
    void polygon(double[][] vertices) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < vertices[0].length; i++) {
            if (i == 0) {
                path.moveTo(u(vertices[0][i]), v(vertices[1][i]));
            } else {
                path.lineTo(u(vertices[0][i]), v(vertices[1][i]));
            }
        }
        path.closePath();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                if (path.contains((c + 0.5) / COLUMNS, (r + 0.5) / ROWS)) {
                    taken[r][c] = true;
                }
            }
        }
    }

    /** Marks the cell of one transformed point. */
    void point(double x, double y) {
        int c = (int) Math.floor(u(x) * COLUMNS);
        int r = (int) Math.floor(v(y) * ROWS);
        if (c >= 0 && c < COLUMNS && r >= 0 && r < ROWS) {
            taken[r][c] = true;
        }
    }

    /**
     * The first free corner, trying {@code preferred} first and then the others; {@code fallback}
     * when none is free or the legend is larger than the plot.
     *
     * @param width  the legend's width as a fraction of the plot's
     * @param height the legend's height as a fraction of the plot's
     */
    LegendPlacement choose(LegendPlacement preferred, LegendPlacement fallback, double width, double height) {
        if (width > 1 || height > 1) {
            return fallback;
        }
        List<LegendPlacement> order = new ArrayList<>(List.of(CORNERS));
        order.remove(preferred);
        order.add(0, preferred);
        int columns = Math.min(COLUMNS, (int) Math.ceil(width * COLUMNS));
        int rows = Math.min(ROWS, (int) Math.ceil(height * ROWS));
        for (LegendPlacement corner : order) {
            boolean right = corner == LegendPlacement.INSIDE_TOP_RIGHT || corner == LegendPlacement.INSIDE_BOTTOM_RIGHT;
            boolean top = corner == LegendPlacement.INSIDE_TOP_RIGHT || corner == LegendPlacement.INSIDE_TOP_LEFT;
            int c0 = right ? COLUMNS - columns : 0;
            int r0 = top ? ROWS - rows : 0;
            int occupied = 0;
            for (int r = r0; r < r0 + rows; r++) {
                for (int c = c0; c < c0 + columns; c++) {
                    occupied += taken[r][c] ? 1 : 0;
                }
            }
            if (occupied <= TOLERATED * rows * columns) {
                return corner;
            }
        }
        return fallback;
    }

    /** Horizontal position in the plot, 0 (left edge) to 1 (right edge). */
    private double u(double x) {
        return INSET + (1 - 2 * INSET) * (x - bounds[0]) / span(bounds[0], bounds[1]);
    }

    /** Vertical position in the plot, 0 (bottom) to 1 (top). */
    private double v(double y) {
        return INSET + (1 - 2 * INSET) * (y - bounds[2]) / span(bounds[2], bounds[3]);
    }

    private static double span(double low, double high) {
        return high > low ? high - low : 1;
    }
}
