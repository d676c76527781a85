package steepest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * A line chart: title, axes and series, the data behind a convergence plot.
 *
 * @param title  the chart title
 * @param xAxis  the horizontal axis
 * @param yAxis  the vertical axis
 * @param series the lines, in legend order
 */
public record LineFigure(String title, Axis xAxis, Axis yAxis, List<Series> series) {

    /** Copies the series list. */
    public LineFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        series = List.copyOf(series);
    }
}
