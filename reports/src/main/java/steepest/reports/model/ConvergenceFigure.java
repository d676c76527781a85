package steepest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * A convergence plot: for each optimizer the median across seeds and its quantile band, against
 * iterations, evaluations, epochs or wall time (the x axis' title says which), usually f − f*,
 * f, the gradient norm or the Frank-Wolfe gap on a log y axis; optionally with levels to compare
 * them with (a noise floor theory predicts).
 *
 * @param title  the chart title (empty: none)
 * @param xAxis  the horizontal axis
 * @param yAxis  the vertical axis
 * @param bands  one per optimizer, in legend order
 * @param levels reference levels, after the bands in the legend
 */
public record ConvergenceFigure(String title, Axis xAxis, Axis yAxis, List<QuantileBand> bands,
                                List<ReferenceLevel> levels) {

    /** Requires every part; copies the lists. */
    public ConvergenceFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        bands = List.copyOf(bands);
        levels = List.copyOf(levels);
    }

    /** A figure without reference levels. */
    public ConvergenceFigure(String title, Axis xAxis, Axis yAxis, List<QuantileBand> bands) {
        this(title, xAxis, yAxis, bands, List.of());
    }
}
