package steepest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Cost to reach a target per optimizer, as bars with quantile error bars. A censored bar (target
 * not reached within {@code budget}) is drawn to the budget, pale, outlined with dashes and capped
 * with an upward triangle; an infinite upper quantile draws the error bar up to the budget with
 * the same triangle.
 *
 * @param title     the chart title (empty: none)
 * @param valueAxis the cost axis (evaluations, iterations or seconds; log or linear)
 * @param budget    the budget: where censored bars end (positive, finite)
 * @param bars      one per optimizer, left to right
 */
public record TimeToTargetFigure(String title, Axis valueAxis, double budget, List<TargetBar> bars) {

    /** Requires every part and a positive finite budget; copies the list. */
    public TimeToTargetFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueAxis, "valueAxis");
        if (!(budget > 0) || !Double.isFinite(budget)) {
            throw new IllegalArgumentException("time-to-target figure '" + title + "' needs a positive finite budget, got "
                    + budget);
        }
        bars = List.copyOf(bars);
    }
}
