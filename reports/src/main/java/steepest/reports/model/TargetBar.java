package steepest.reports.model;

import java.util.Objects;

/**
 * One optimizer's cost to reach a target across seeds: the median and a quantile interval. A cost
 * of +∞ means "not reached within the budget" (censored): a median of +∞ (most runs never reached
 * the target) draws a censored bar; an upper quantile of +∞ draws an error bar open at the top.
 *
 * @param styleKey the optimizer spec, for its look (see {@link steepest.reports.style.OptimizerLooks})
 * @param label    the bar's label
 * @param median   the median cost, non-negative, or +∞
 * @param lower    the lower quantile, at most the median
 * @param upper    the upper quantile, at least the median, or +∞
 */
public record TargetBar(String styleKey, String label, double median, double lower, double upper) {

    /** Requires non-negative, ordered, non-NaN values with a finite lower quantile or none at all. */
    public TargetBar {
        Objects.requireNonNull(styleKey, "styleKey");
        Objects.requireNonNull(label, "label");
        if (Double.isNaN(median) || Double.isNaN(lower) || Double.isNaN(upper) || lower < 0
                || !(lower <= median && median <= upper)) {
            throw new IllegalArgumentException("bar '" + label + "' needs 0 <= lower <= median <= upper, got "
                    + lower + ", " + median + ", " + upper);
        }
    }

    /** A bar with no interval. */
    public static TargetBar of(String styleKey, String label, double cost) {
        return new TargetBar(styleKey, label, cost, cost, cost);
    }

    /** Whether the target counts as not reached (the median is +∞). */
    public boolean censored() {
        return median == Double.POSITIVE_INFINITY;
    }
}
