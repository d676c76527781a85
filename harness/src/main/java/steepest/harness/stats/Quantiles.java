package steepest.harness.stats;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the
 * default of R and numpy). Infinite values are ordinary order statistics, so a censored cost (+∞)
 * counts as larger than every observed one: the median of {3, 5, +∞} is 5, of {3, +∞, +∞} is +∞.
 * NaN values are ignored.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** The q-quantile (0 &lt;= q &lt;= 1) of {@code values}, or NaN when no value is a number. Not modified. */
    public static double of(double[] values, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1], got " + q);
        }
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int low = (int) Math.floor(h);
        double fraction = h - low;
        if (fraction == 0 || low + 1 >= sorted.length) {
            return sorted[low];
        }
        double a = sorted[low];
        double b = sorted[low + 1];
        if (a == b) {
            return a;
        }
        if (Double.isInfinite(b) || Double.isInfinite(a)) {
            return Double.isInfinite(b) ? b : a;
        }
        return a + fraction * (b - a);
    }

    /** The median. */
    public static double median(double[] values) {
        return of(values, 0.5);
    }
}
