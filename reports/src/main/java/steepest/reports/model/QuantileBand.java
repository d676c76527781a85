package steepest.reports.model;

import java.util.Objects;

/**
 * One optimizer's runs across seeds on a common grid: the median drawn as a line over a shaded band
 * between a lower and an upper quantile (the interquartile band: 25% and 75%). Values the y axis
 * cannot show break the line; on a log axis a band whose lower bound is not positive reaches the
 * bottom of the plot.
 *
 * @param styleKey the optimizer spec that picks the look (see {@link steepest.reports.style.OptimizerLooks})
 * @param label    the legend entry
 * @param x        the grid, finite and non-decreasing (a copy is kept)
 * @param median   the median at each grid point (a copy is kept)
 * @param lower    the lower quantile (a copy is kept)
 * @param upper    the upper quantile (a copy is kept)
 */
public record QuantileBand(String styleKey, String label, double[] x, double[] median, double[] lower, double[] upper) {

    /** Validates lengths, the grid's order and lower &lt;= upper; copies the arrays. */
    public QuantileBand {
        Objects.requireNonNull(styleKey, "styleKey");
        Objects.requireNonNull(label, "label");
        String what = "band '" + label + "'";
        Checks.nonDecreasing(what, "x", x);
        Checks.sameLength(what, x.length, "median", median.length);
        Checks.sameLength(what, x.length, "lower", lower.length);
        Checks.sameLength(what, x.length, "upper", upper.length);
        for (int i = 0; i < x.length; i++) {
            if (lower[i] > upper[i]) {
                throw new IllegalArgumentException(what + " has lower " + lower[i] + " > upper " + upper[i] + " at index " + i);
            }
        }
        x = x.clone();
        median = median.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /** A single run: a line with no band. */
    public static QuantileBand single(String styleKey, String label, double[] x, double[] y) {
        return new QuantileBand(styleKey, label, x, y, y, y);
    }

    /** The grid (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** The medians (a copy). */
    @Override
    public double[] median() {
        return median.clone();
    }

    /** The lower quantiles (a copy). */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** The upper quantiles (a copy). */
    @Override
    public double[] upper() {
        return upper.clone();
    }
}
