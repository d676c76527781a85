package steepest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Learning-rate sensitivity: final loss against the learning rate (a log axis), one line per
 * optimizer through its runs that did not diverge; diverged runs are marked with a cross at the top
 * of the plot.
 *
 * @param title  the chart title (empty: none)
 * @param xAxis  the learning-rate axis (usually logarithmic)
 * @param yAxis  the loss axis
 * @param curves one per optimizer, in legend order
 */
public record SensitivityFigure(String title, Axis xAxis, Axis yAxis, List<SensitivityCurve> curves) {

    /** Requires every part; copies the list. */
    public SensitivityFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        curves = List.copyOf(curves);
    }
}
