package steepest.harness.report;

import java.util.ArrayList;
import java.util.List;
import steepest.harness.store.CsvTable;
import steepest.harness.results.TraceColumn;
import steepest.reports.charts.GradientDepthChart;
import steepest.reports.charts.GradientTrainingChart;
import steepest.reports.model.Axis;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.Style;

/**
 * Vanishing and exploding gradients, from traces with per-layer gradient norms
 * ({@code record: {layer_norms: true}}): the norm of each layer's gradient at initialization against
 * its depth, one line per network (first seed; the optimizer has not acted yet), labelled by what
 * differs between the networks; and for each network and optimizer, every layer's gradient norm
 * against the iteration.
 */
final class LayerFigures {

    private static final String PREFIX = "grad_norm_";

    private LayerFigures() {
    }

    static List<NamedChart> build(ResultsView view, Style style) {
        List<String> problems = view.problems();
        List<String> networks = view.distinguishingProblemLabels(problems);
        List<Series> atStart = new ArrayList<>();
        List<NamedChart> charts = new ArrayList<>();
        view.byProblem().forEach((problem, byOptimizer) -> byOptimizer.forEach((optimizer, rows) -> {
            CsvTable trace = view.trace(rows.get(0));
            if (trace == null) {
                return;
            }
            List<String> layers = trace.header().stream().filter(h -> h.startsWith(PREFIX)).toList();
            if (layers.isEmpty()) {
                return;
            }
            String configuration = networks.get(problems.indexOf(problem)) + ", " + view.optimizerLabel(optimizer);
            double[] depth = new double[layers.size()];
            double[] norms = new double[layers.size()];
            List<Series> perLayer = new ArrayList<>();
            for (int l = 0; l < layers.size(); l++) {
                double[] series = trace.numbers(layers.get(l));
                depth[l] = l + 1;
                norms[l] = series[0];
                perLayer.add(new Series(layers.get(l), layers.get(l).substring(PREFIX.length()), trace.numbers(TraceColumn.ITER.header()), series));
            }
            String network = networks.get(problems.indexOf(problem));
            if (atStart.stream().noneMatch(series -> series.label().equals(network))) {
                // At initialization the norms depend on the network and its seed, not on the optimizer.
                atStart.add(new Series(network, network, depth, norms));
            }
            charts.add(new NamedChart("layer-norms-" + NamedChart.slug(configuration),
                    configuration + ": each layer's gradient norm during training (first seed)",
                    GradientTrainingChart.render(new LineFigure(configuration, Axis.linear("iteration"),
                            Axis.log("layer gradient norm"), perLayer), style)));
        }));
        if (atStart.isEmpty()) {
            return List.of();
        }
        List<NamedChart> all = new ArrayList<>();
        all.add(new NamedChart("layer-norms-by-depth",
                "Each layer's gradient norm at initialization against its depth (layer 1 is next to the input)",
                GradientDepthChart.render(new LineFigure("gradient norm by layer at initialization", Axis.linear("layer"),
                        Axis.log("layer gradient norm"), atStart), style)));
        all.addAll(charts);
        return all;
    }
}
