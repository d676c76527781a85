package steepest.reports.charts;

import java.awt.Color;
import java.util.Arrays;
import steepest.reports.model.Axis;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.Palette;

/**
 * Values a plot cannot show at their place (a run that diverged, a target never reached, a zero on
 * a log axis), marked at one level beyond the data: per series a marker in the series' colour at
 * each such x, one thin dashed gray line across the plot at that level, and one legend key in black.
 */
final class OffScale {

    /** On a log axis without a bound, the level is this factor beyond the data. */
    private static final double LOG_HEADROOM = 3;
    /** On a linear axis without a bound, the level is this fraction of the data's range beyond them. */
    private static final double LINEAR_HEADROOM = 0.1;

    private final double level;
    private final MarkerShape shape;
    private final String key;
    private boolean marked;

    /**
     * @param level where the marks go (see {@link #above} and {@link #below})
     * @param shape the reserved marker saying why
     * @param key   the legend key's label
     */
    OffScale(double level, MarkerShape shape, String key) {
        this.level = level;
        this.shape = shape;
        this.key = key;
    }

    /**
     * The level above the data: the axis' maximum if set, else the largest value shown times
     * {@value #LOG_HEADROOM} on a log axis or plus a tenth of the range (at least 0.1) on a linear
     * one; 1 when no value is shown.
     *
     * @param shown the smallest and largest values the axis shows, {@link #range}
     */
    static double above(Axis axis, double[] shown) {
        if (!Double.isNaN(axis.max())) {
            return axis.max();
        }
        if (!(shown[0] <= shown[1])) {
            return 1;
        }
        return axis.logarithmic() ? shown[1] * LOG_HEADROOM
                : shown[1] + Math.max(LINEAR_HEADROOM * (shown[1] - shown[0]), LINEAR_HEADROOM);
    }

    /**
     * The level below the data on a log axis: the axis' minimum if set, else the smallest value
     * shown over {@value #LOG_HEADROOM}; 1/9 when no value is shown.
     */
    static double below(Axis axis, double[] shown) {
        if (!Double.isNaN(axis.min())) {
            return axis.min();
        }
        return shown[0] <= shown[1] ? shown[0] / LOG_HEADROOM : 1 / (LOG_HEADROOM * LOG_HEADROOM);
    }

    /** {smallest, largest} of the values {@code axis} can show (finite, positive on a log axis); {+∞, −∞} if none. */
    static double[] range(Axis axis, double[] values) {
        double[] shown = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            if (AxisScale.fits(v, axis)) {
                shown[0] = Math.min(shown[0], v);
                shown[1] = Math.max(shown[1], v);
            }
        }
        return shown;
    }

    /** Marks {@code x} (nothing if empty) at the level in {@code color}. */
    void mark(Canvas canvas, Color color, double[] x) {
        if (x.length == 0) {
            return;
        }
        double[] y = new double[x.length];
        Arrays.fill(y, level);
        canvas.unlabelledMarks(color, shape, x, y);
        marked = true;
    }

    /** The dashed line from {@code left} to {@code right} and the key, if anything was marked. */
    void finish(Canvas canvas, double left, double right) {
        if (marked) {
            canvas.reference(new double[] {left, right}, new double[] {level, level});
            canvas.key(key, Palette.BLACK, shape);
        }
    }
}
