package steepest.reports.model;

import java.util.Objects;

/**
 * An axis: its title, whether it is logarithmic, and optional bounds (NaN: fit the data). On a log
 * axis, points whose coordinate is not a positive finite number are left out of the drawing (there
 * is no place for them); points beyond a bound are clipped at the plot's edge.
 *
 * @param title       the axis title
 * @param logarithmic log scale
 * @param min         the lower bound, or NaN
 * @param max         the upper bound, or NaN
 */
public record Axis(String title, boolean logarithmic, double min, double max) {

    /** Requires a title, min &lt; max when both bounds are set, and positive bounds on a log axis. */
    public Axis {
        Objects.requireNonNull(title, "title");
        if (!Double.isNaN(min) && !Double.isNaN(max) && !(min < max)) {
            throw new IllegalArgumentException("axis '" + title + "' has min " + min + " >= max " + max);
        }
        if (logarithmic && (min <= 0 || max <= 0)) {
            throw new IllegalArgumentException("log axis '" + title + "' needs positive bounds, got [" + min + ", " + max + "]");
        }
    }

    /** A linear axis fitted to the data. */
    public static Axis linear(String title) {
        return new Axis(title, false, Double.NaN, Double.NaN);
    }

    /** A logarithmic axis fitted to the data. */
    public static Axis log(String title) {
        return new Axis(title, true, Double.NaN, Double.NaN);
    }

    /** This axis with a lower bound. */
    public Axis withMin(double bound) {
        return new Axis(title, logarithmic, bound, max);
    }

    /** This axis with an upper bound. */
    public Axis withMax(double bound) {
        return new Axis(title, logarithmic, min, bound);
    }
}
