package steepest.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import steepest.harness.store.CsvTable;
import steepest.optimizers.Objective;
import steepest.optimizers.StochasticObjective;
import steepest.problems.Problem;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryRow;
import steepest.reports.charts.ContourChart;
import steepest.reports.model.Axis;
import steepest.reports.model.ContourFigure;
import steepest.reports.model.ContourLevels;
import steepest.reports.model.Grid;
import steepest.reports.model.Point;
import steepest.reports.model.Series;
import steepest.reports.style.Style;

/**
 * Level sets of each 2-D problem whose traces hold the iterates ({@code record: {x: true}}), with
 * each optimizer's trajectory (its first seed) overlaid and the known minimizer marked. The window
 * covers the trajectories of the runs that did not diverge, the start and the minimizer. The level
 * sets are those of the exact objective (a noisy problem's noise has no stream outside a run).
 */
final class ContourFigures {

    private static final int GRID = 161;
    private static final int LEVELS = 14;
    private static final double MARGIN = 0.15;

    private ContourFigures() {
    }

    static List<NamedChart> build(ResultsView view, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        view.byProblem().forEach((problem, byOptimizer) -> {
            List<Series> trajectories = new ArrayList<>();
            double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
            for (Map.Entry<String, List<SummaryRow>> entry : byOptimizer.entrySet()) {
                SummaryRow first = entry.getValue().get(0);
                CsvTable trace = view.trace(first);
                if (trace == null || !trace.header().contains("x1") || trace.header().contains("x2")) {
                    return;
                }
                double[] x = trace.numbers("x0");
                double[] y = trace.numbers("x1");
                trajectories.add(new Series(entry.getKey(), view.optimizerLabel(entry.getKey()), x, y));
                if (first.status() != Status.DIVERGED) {
                    widen(box, x, y);
                } else {
                    widen(box, new double[] {x[0]}, new double[] {y[0]});
                }
            }
            Problem instance = view.problem(problem).orElse(null);
            if (instance == null) {
                return;
            }
            double[] minimizer = instance.minimizer();
            List<Point> optima = new ArrayList<>();
            if (minimizer != null) {
                optima.add(new Point(minimizer[0], minimizer[1]));
                widen(box, new double[] {minimizer[0]}, new double[] {minimizer[1]});
            }
            charts.add(chart(view.problemLabel(problem), StochasticObjective.exactOf(instance.objective()), box,
                    trajectories, optima, style));
        });
        return charts;
    }

    private static NamedChart chart(String title, Objective f, double[] box, List<Series> trajectories,
                                    List<Point> optima, Style style) {
        double dx = Math.max(box[1] - box[0], 1e-3);
        double dy = Math.max(box[3] - box[2], 1e-3);
        double[] point = new double[2];
        Grid grid = Grid.sample((x, y) -> {
            point[0] = x;
            point[1] = y;
            return f.value(point);
        }, box[0] - MARGIN * dx, box[1] + MARGIN * dx, GRID, box[2] - MARGIN * dy, box[3] + MARGIN * dy, GRID);
        ContourFigure figure = new ContourFigure(title, Axis.linear("x₁"), Axis.linear("x₂"), grid,
                ContourLevels.aboveMinimum(grid, LEVELS), trajectories, optima);
        return new NamedChart("contour-" + NamedChart.slug(title),
                title + ": level sets with each optimizer's path (first seed); the star marks the minimizer",
                ContourChart.render(figure, style));
    }

    private static void widen(double[] box, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                box[0] = Math.min(box[0], x[i]);
                box[1] = Math.max(box[1], x[i]);
                box[2] = Math.min(box[2], y[i]);
                box[3] = Math.max(box[3], y[i]);
            }
        }
    }
}
