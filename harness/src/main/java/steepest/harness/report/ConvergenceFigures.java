package steepest.harness.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import steepest.harness.experiment.Abscissa;
import steepest.harness.stats.Band;
import steepest.harness.store.CsvTable;
import steepest.harness.results.SummaryRow;
import steepest.harness.results.TraceColumn;
import steepest.optimizers.firstorder.GradientMethod;
import steepest.problems.Problem;
import steepest.problems.noisy.NoiseFloor;
import steepest.reports.charts.ConvergenceChart;
import steepest.reports.model.Axis;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.model.ReferenceLevel;
import steepest.reports.style.Style;

/**
 * Convergence per problem: f(x) − f* (f(x) when f* is unknown) against iterations, gradient
 * evaluations, epochs or wall time, one line per optimizer: the median across seeds with the
 * interquartile band ({@link Band}). The y axis ends 100 times above the largest starting gap, so a
 * diverging run does not squash the others. On a problem with additive gradient noise, each
 * constant-step gradient descent's noise floor as theory predicts it is drawn beside its curve.
 */
final class ConvergenceFigures {

    private static final double HEADROOM = 100;

    private ConvergenceFigures() {
    }

    /** The trace column of each abscissa. */
    private static TraceColumn column(Abscissa abscissa) {
        return switch (abscissa) {
            case ITERATIONS -> TraceColumn.ITER;
            case EVALUATIONS -> TraceColumn.GEVALS;
            case EPOCHS -> TraceColumn.EPOCHS;
            case TIME -> TraceColumn.TIME_S;
        };
    }

    /** The axis title of each abscissa. */
    private static String title(Abscissa abscissa) {
        return switch (abscissa) {
            case ITERATIONS -> "iteration";
            case EVALUATIONS -> "gradient evaluations";
            case EPOCHS -> "epochs";
            case TIME -> "wall time (s)";
        };
    }

    /**
     * The method's own optimality certificate per problem where a method reports one (the
     * Frank-Wolfe gap ⟨∇f(x), x − s⟩, an upper bound on f(x) − f* over the feasible set), against
     * iterations, one line per optimizer that reports it.
     */
    static List<NamedChart> certificates(ResultsView view, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        view.byProblem().forEach((problem, byOptimizer) -> {
            List<QuantileBand> bands = new ArrayList<>();
            byOptimizer.forEach((optimizer, rows) -> {
                List<double[]> xs = new ArrayList<>();
                List<double[]> ys = new ArrayList<>();
                for (SummaryRow row : rows) {
                    CsvTable trace = view.trace(row);
                    if (trace != null && java.util.Arrays.stream(trace.numbers(TraceColumn.GAP.header()))
                            .anyMatch(Double::isFinite)) {
                        xs.add(trace.numbers(TraceColumn.ITER.header()));
                        ys.add(trace.numbers(TraceColumn.GAP.header()));
                    }
                }
                if (!xs.isEmpty()) {
                    bands.add(band(view, optimizer, xs, ys));
                }
            });
            if (!bands.isEmpty()) {
                String title = view.problemLabel(problem);
                ConvergenceFigure figure = new ConvergenceFigure(title, Axis.linear("iteration"),
                        Axis.log("Frank-Wolfe gap"), bands);
                charts.add(new NamedChart("certificate-" + NamedChart.slug(title),
                        title + ": the Frank-Wolfe gap, a certificate bounding f − f* from above, against iteration",
                        ConvergenceChart.render(figure, style)));
            }
        });
        return charts;
    }

    /** The median and interquartile band of several runs (the run itself when there is one). */
    private static QuantileBand band(ResultsView view, String optimizer, List<double[]> xs, List<double[]> ys) {
        String label = view.optimizerLabel(optimizer) + (xs.size() > 1 ? " (" + xs.size() + " seeds)" : "");
        if (xs.size() == 1) {
            return QuantileBand.single(optimizer, label, xs.get(0), ys.get(0));
        }
        Band band = Band.of(xs, ys, 0.25, 0.75);
        return new QuantileBand(optimizer, label, band.grid(), band.median(), band.lower(), band.upper());
    }

    /** One figure per problem and abscissa ({@code epochs} only for finite sums). */
    static List<NamedChart> build(ResultsView view, List<Abscissa> abscissae, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        view.byProblem().forEach((problem, byOptimizer) -> {
            boolean finiteSum = byOptimizer.values().stream().flatMap(List::stream)
                    .anyMatch(r -> r.evaluations().sampleGradients() != 0);
            List<ReferenceLevel> floors = noiseFloors(view, problem, byOptimizer.keySet());
            for (Abscissa kind : abscissae) {
                if (kind == Abscissa.EPOCHS && !finiteSum) {
                    continue;
                }
                charts.add(figure(view, problem, byOptimizer, kind, floors, style));
            }
        });
        return charts;
    }

    /**
     * The noise floor theory predicts for each of {@code optimizers} that is gradient descent with a
     * constant step η ({@link GradientMethod#constantStep}) on {@code problem}, when that has additive
     * gradient noise of level σ: E[f − f*] = Σᵢ ησ²/(2(2 − ηλᵢ)) over the eigenvalues λᵢ of ∇²f(x*)
     * ({@link NoiseFloor}); the problem is built only when such an optimizer is present.
     */
    private static List<ReferenceLevel> noiseFloors(ResultsView view, String problem, Collection<String> optimizers) {
        Map<String, Double> steps = new LinkedHashMap<>();
        for (String optimizer : optimizers) {
            if (view.optimizer(optimizer).orElse(null) instanceof GradientMethod method
                    && method.constantStep().isPresent()) {
                steps.put(optimizer, method.constantStep().getAsDouble());
            }
        }
        Problem instance = steps.isEmpty() ? null : view.problem(problem).orElse(null);
        List<ReferenceLevel> floors = new ArrayList<>();
        if (instance != null) {
            steps.forEach((optimizer, step) -> NoiseFloor.constantStep(instance, step).ifPresent(floor -> floors.add(
                    new ReferenceLevel(optimizer, view.optimizerLabel(optimizer) + ": noise floor (theory)", floor))));
        }
        return floors;
    }

    private static NamedChart figure(ResultsView view, String problem, Map<String, List<SummaryRow>> byOptimizer,
                                     Abscissa kind, List<ReferenceLevel> floors, Style style) {
        double optimum = view.optimalValue(problem);
        boolean gap = !Double.isNaN(optimum);
        List<QuantileBand> bands = new ArrayList<>();
        double largestStart = 0;
        for (Map.Entry<String, List<SummaryRow>> entry : byOptimizer.entrySet()) {
            List<double[]> xs = new ArrayList<>();
            List<double[]> ys = new ArrayList<>();
            for (SummaryRow row : entry.getValue()) {
                CsvTable trace = view.trace(row);
                if (trace == null || trace.rows().isEmpty()) {
                    continue;
                }
                double[] y = trace.numbers(TraceColumn.F.header());
                if (gap) {
                    for (int k = 0; k < y.length; k++) {
                        y[k] -= optimum;
                    }
                }
                if (Double.isFinite(y[0])) {
                    largestStart = Math.max(largestStart, y[0]);
                }
                xs.add(trace.numbers(column(kind).header()));
                ys.add(y);
            }
            if (xs.isEmpty()) {
                continue;
            }
            bands.add(band(view, entry.getKey(), xs, ys));
        }
        Axis y = gap ? Axis.log("f(x) − f*") : Axis.linear("f(x)");
        if (gap && largestStart > 0) {
            y = y.withMax(largestStart * HEADROOM);
        }
        String title = view.problemLabel(problem);
        List<ReferenceLevel> levels = gap ? floors : List.of();
        ConvergenceFigure figure = new ConvergenceFigure(title, Axis.linear(title(kind)), y, bands, levels);
        String what = gap ? "f − f*" : "f";
        return new NamedChart("convergence-" + NamedChart.slug(title) + "-" + kind.token(),
                title + ": " + what + " against " + title(kind) + " (median and interquartile range across seeds)"
                        + (levels.isEmpty() ? "" : "; dotted: the stationary E[f − f*] of gradient descent with constant"
                        + " step lr under gradient noise of variance σ² per entry, Σᵢ lr·σ²/(2(2 − lr·λᵢ)) over the"
                        + " eigenvalues λᵢ of ∇²f(x*), O(σ²·lr)"),
                ConvergenceChart.render(figure, style));
    }
}
