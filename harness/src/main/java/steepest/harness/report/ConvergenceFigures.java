package steepest.harness.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import steepest.harness.store.CsvTable;
import steepest.reports.charts.LineCharts;
import steepest.reports.export.Export;
import steepest.reports.model.Axis;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;

/**
 * Converts a results folder into convergence figures, one per problem: f(x_k) − f* against the
 * iteration (f(x_k) itself when f* is unknown), one line per optimizer and seed, on log axes.
 */
public final class ConvergenceFigures {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;
    private static final int DPI = 144;
    /** The y axis ends this factor above the largest starting gap, so a diverging run does not squash the rest. */
    private static final double DIVERGENCE_HEADROOM = 100;

    private ConvergenceFigures() {
    }

    /** The figures of the folder {@code results}, one per problem in summary order. */
    public static List<LineFigure> build(Path results) throws IOException {
        CsvTable summary = CsvTable.read(results.resolve("summary.csv"));
        Map<String, List<Series>> byProblem = new LinkedHashMap<>();
        Map<String, Double> optimum = new LinkedHashMap<>();
        boolean severalSeeds = summary.rows().stream().map(r -> r.get(summary.column("seed"))).distinct().count() > 1;
        for (int i = 0; i < summary.rows().size(); i++) {
            Map<String, String> row = summary.row(i);
            Path traceFile = results.resolve("traces").resolve(row.get("cell") + ".csv");
            if (!traceFile.toFile().isFile()) {
                continue;
            }
            CsvTable trace = CsvTable.read(traceFile);
            double fStar = row.get("f_star").isEmpty() ? Double.NaN : Double.parseDouble(row.get("f_star"));
            optimum.put(row.get("problem"), fStar);
            double[] y = trace.numbers("f");
            if (!Double.isNaN(fStar)) {
                for (int k = 0; k < y.length; k++) {
                    y[k] -= fStar;
                }
            }
            String label = row.get("optimizer") + (severalSeeds ? " seed " + row.get("seed") : "")
                    + ("converged".equals(row.get("status")) || "stopped".equals(row.get("status")) ? "" : " (" + row.get("status") + ")");
            byProblem.computeIfAbsent(row.get("problem"), p -> new ArrayList<>())
                    .add(new Series(label, trace.numbers("iter"), y));
        }
        List<LineFigure> figures = new ArrayList<>();
        byProblem.forEach((problem, series) -> {
            boolean known = !Double.isNaN(optimum.get(problem));
            Axis y = known ? Axis.log("f(x) - f*") : Axis.linear("f(x)");
            double start = series.stream().mapToDouble(s -> s.size() == 0 ? Double.NaN : s.y()[0])
                    .filter(v -> Double.isFinite(v) && v > 0).max().orElse(Double.NaN);
            if (known && !Double.isNaN(start)) {
                y = y.withMax(start * DIVERGENCE_HEADROOM);
            }
            figures.add(new LineFigure(problem, Axis.log("iteration"), y, series));
        });
        return figures;
    }

    /** Writes the figures of {@code results} as PNG files into its figures folder; returns their paths. */
    public static List<Path> writePng(Path results) throws IOException {
        List<Path> written = new ArrayList<>();
        for (LineFigure figure : build(results)) {
            Path file = results.resolve("figures").resolve("convergence-" + slug(figure.title()) + ".png");
            written.add(Export.png(LineCharts.render(figure, WIDTH, HEIGHT), file, DPI));
        }
        return written;
    }

    private static String slug(String text) {
        return text.replaceAll("[^A-Za-z0-9.=+-]", "_");
    }
}
