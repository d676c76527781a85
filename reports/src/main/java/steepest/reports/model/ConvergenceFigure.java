package steepest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * A convergence plot: for each optimizer the median across seeds and its quantile band, against
 * iterations, evaluations, epochs or wall time (the x axis' title says which), usually f − f*,
 * f, the gradient norm or the Frank-Wolfe gap on a log y axis.
 *
 * @param title  the chart title (empty: none)
 * @param xAxis  the horizontal axis
 * @param yAxis  the vertical axis
 * @param bands  one per optimizer, in legend order
 */
public record ConvergenceFigure(String title, Axis xAxis, Axis yAxis, List<QuantileBand> bands) {

    /** Requires every part; copies the list. */
    public ConvergenceFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        bands = List.copyOf(bands);
    }
}
