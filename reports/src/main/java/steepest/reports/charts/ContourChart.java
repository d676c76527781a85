package steepest.reports.charts;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.ContourFigure;
import steepest.reports.model.Grid;
import steepest.reports.model.Point;
import steepest.reports.model.Series;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.OptimizerLooks;
import steepest.reports.style.Palette;
import steepest.reports.style.Style;

/**
 * Draws a {@link ContourFigure}: the level sets (traced by {@link ContourLines}) as thin gray lines,
 * darker for lower levels; each trajectory in its optimizer's look; the distinct starting points as
 * rings ("start") and the known minimizers as stars ("optimum"). The axes end at the grid's edges
 * unless they set bounds, and whatever leaves the plot is clipped. The legend goes right of the
 * plot, off the level sets.
 *
 * <p>Series: one line per level that crosses the grid, one line per trajectory, then legend
 * entries: one per trajectory, "start" if there is a trajectory, "optimum" if there is an optimum.
 */
public final class ContourChart {

    /** Contour lines are this fraction of the data line width. */
    private static final float LEVEL_WIDTH = 0.6f;

    private ContourChart() {
    }

    /** Builds the chart. */
    public static XYChart render(ContourFigure figure, Style style) {
        Grid grid = figure.grid();
        double[] gx = grid.x();
        double[] gy = grid.y();
        Axis xAxis = bounded(figure.xAxis(), gx[0], gx[gx.length - 1]);
        Axis yAxis = bounded(figure.yAxis(), gy[0], gy[gy.length - 1]);
        Canvas canvas = new Canvas(style, figure.title(), xAxis, yAxis, LegendPlacement.OUTSIDE_RIGHT,
                LegendPlacement.OUTSIDE_RIGHT);
        canvas.grid(false, false);
        double[] levels = figure.levels();
        BasicStroke thin = new BasicStroke(LEVEL_WIDTH * style.lineWidth());
        for (int k = 0; k < levels.length; k++) {
            double[][] lines = joined(ContourLines.trace(grid, levels[k]));
            if (lines[0].length > 0) {
                canvas.stroke(Palette.contourGray(k, levels.length), thin, lines[0], lines[1]);
            }
        }
        List<Series> runs = figure.trajectories();
        List<Look> looks = OptimizerLooks.forFigure(runs.stream().map(Series::styleKey).toList());
        Set<Point> starts = new LinkedHashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            Series run = runs.get(i);
            canvas.line(run.label(), looks.get(i), run.x(), run.y());
            if (run.size() > 0 && Double.isFinite(run.x()[0]) && Double.isFinite(run.y()[0])) {
                starts.add(new Point(run.x()[0], run.y()[0]));
            }
        }
        if (!starts.isEmpty()) {
            canvas.marks("start", Palette.BLACK, MarkerShape.RING, xs(starts), ys(starts));
        }
        if (!figure.optima().isEmpty()) {
            canvas.marks("optimum", Palette.BLACK, MarkerShape.STAR, xs(figure.optima()), ys(figure.optima()));
        }
        return canvas.build();
    }

    private static Axis bounded(Axis axis, double low, double high) {
        return new Axis(axis.title(), false, Double.isNaN(axis.min()) ? low : axis.min(),
                Double.isNaN(axis.max()) ? high : axis.max());
    }

    /** The polylines of one level as a single path, separated by gaps. */
    private static double[][] joined(List<double[][]> lines) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (double[][] line : lines) {
            if (!x.isEmpty()) {
                x.add(Double.NaN);
                y.add(Double.NaN);
            }
            for (int i = 0; i < line[0].length; i++) {
                x.add(line[0][i]);
                y.add(line[1][i]);
            }
        }
        return new double[][] {x.stream().mapToDouble(Double::doubleValue).toArray(),
            y.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    private static double[] xs(Collection<Point> points) {
        return points.stream().mapToDouble(Point::x).toArray();
    }

    private static double[] ys(Collection<Point> points) {
        return points.stream().mapToDouble(Point::y).toArray();
    }
}
