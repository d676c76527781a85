package steepest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * A contour plot: level sets of a function of two variables sampled on a grid, with optimizer
 * trajectories overlaid (each trajectory is a {@link Series} of iterates (x_k, y_k), styled by its
 * optimizer spec), where each starts marked, and the known minimizers marked.
 *
 * @param title        the chart title (empty: none)
 * @param xAxis        the horizontal axis (linear); its bounds default to the grid's
 * @param yAxis        the vertical axis (linear); its bounds default to the grid's
 * @param grid         the sampled function
 * @param levels       the levels drawn, increasing (see {@link ContourLevels}) (a copy is kept)
 * @param trajectories the iterates of each run, in legend order
 * @param optima       known minimizers, marked with a star (may be empty)
 */
public record ContourFigure(String title, Axis xAxis, Axis yAxis, Grid grid, double[] levels, List<Series> trajectories,
                            List<Point> optima) {

    /** Requires linear axes and increasing levels; copies the lists and levels. */
    public ContourFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        Objects.requireNonNull(grid, "grid");
        if (xAxis.logarithmic() || yAxis.logarithmic()) {
            throw new IllegalArgumentException("contour figure '" + title + "' needs linear axes");
        }
        Checks.increasing("contour figure '" + title + "'", "levels", levels);
        levels = levels.clone();
        trajectories = List.copyOf(trajectories);
        optima = List.copyOf(optima);
    }

    /** The levels (a copy). */
    @Override
    public double[] levels() {
        return levels.clone();
    }
}
