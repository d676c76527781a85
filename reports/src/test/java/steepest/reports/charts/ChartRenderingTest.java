package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import steepest.reports.export.Export;
import steepest.reports.export.Format;
import steepest.reports.model.Axis;
import steepest.reports.model.ContourFigure;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.Grid;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Point;
import steepest.reports.model.ProfileFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.model.SensitivityFigure;
import steepest.reports.model.Series;
import steepest.reports.model.TimeToTargetFigure;
import steepest.reports.style.Column;
import steepest.reports.style.Style;

/**
 * Every chart type renders its fixture to PNG, SVG and PDF, with the series its class comment
 * promises: the totals below are counted from those comments and the fixtures, not from the code.
 */
class ChartRenderingTest {

    private static final Style STYLE = Style.paper(Column.SINGLE).withDpi(72);

    /** A paraboloid, three levels inside the grid, two runs from one start, one optimum. */
    static ContourFigure paraboloid() {
        Grid grid = Grid.sample((x, y) -> x * x + y * y, -2, 2, 41, -2, 2, 41);
        return new ContourFigure("", Axis.linear("x"), Axis.linear("y"), grid, new double[] {0.5, 1, 2},
                List.of(new Series("gd", "GD", new double[] {1.5, 1, 0.5, 0}, new double[] {1.5, 1, 0.5, 0}),
                        new Series("adam", "Adam", new double[] {1.5, 0.2, 0}, new double[] {1.5, 0.8, 0})),
                List.of(new Point(0, 0)));
    }

    static Stream<Arguments> charts() {
        return Stream.of(
                // 3 bands with width, 3 median lines, 3 entries.
                chart("convergence", () -> ConvergenceChart.render(Fixtures.convergence(), STYLE), 9,
                        "gd", "adam", "L-BFGS"),
                // the same, and 2 drawable levels: 2 lines, 2 entries (the level at 0 adds nothing).
                chart("convergence-levels", () -> ConvergenceChart.render(Fixtures.convergenceWithLevels(), STYLE), 13,
                        "gd", "adam", "L-BFGS", "gd floor", "reference"),
                // 3 levels, 2 trajectories, entries: 2 runs, start, optimum.
                chart("contour", () -> ContourChart.render(paraboloid(), STYLE), 9, "GD", "Adam", "start", "optimum"),
                // 3 staircases, 3 entries.
                chart("profile", () -> ProfileChart.render(Fixtures.performance(), STYLE), 6, "gd", "BFGS", "Newton"),
                // 3 configurations, 3 entries.
                chart("gradient-depth", () -> GradientDepthChart.render(Fixtures.depth(), STYLE), 6,
                        "sigmoid, N(0, 1)", "tanh, Xavier", "ReLU, He"),
                // 6 layers, 6 entries.
                chart("gradient-training", () -> GradientTrainingChart.render(Fixtures.training(), STYLE), 12,
                        "layer 1", "layer 2", "layer 3", "layer 4", "layer 5", "layer 6"),
                // ceiling, 3 lines, × marks for SGD and Adam, 3 entries and the "diverged" key.
                chart("sensitivity", () -> SensitivityChart.render(Fixtures.sensitivity(), STYLE), 10,
                        "SGD", "Adam", "RMSProp", "diverged"),
                // 5 bars; budget line, GD's outline, 4 error bars; one set of triangles; the key.
                chart("time-to-target", () -> TimeToTargetChart.render(Fixtures.timeToTarget(), STYLE), 13,
                        "not reached (budget)"),
                // ceiling and floor lines, 2 lines, GD's ×, GD's and Adam's arrows, 2 entries and 2 keys.
                chart("sensitivity-floor", () -> SensitivityChart.render(Fixtures.sensitivityAtTheFloor(), STYLE), 11,
                        "GD", "Adam", "diverged", "≤ 0 (floor)"),
                // the "not reached" line, 3 lines, GD's arrows, 3 entries and the key.
                chart("scaling", () -> ScalingChart.render(Fixtures.scaling(), STYLE), 9, "GD", "L-BFGS", "Newton",
                        "not reached"),
                // the virtual best and 3 lines, the budget bars of GD and Adam, 4 entries and the key.
                chart("ecdf", () -> EcdfChart.render(Fixtures.ecdf(), STYLE), 11, "virtual best", "GD", "Adam", "L-BFGS",
                        "budget"),
                // the axis, its ticks and half ticks, the CD bar, 5 elbows, 3 groups; no legend.
                chart("critical-difference", () -> CriticalDifferenceChart.render(Fixtures.criticalDifference(), STYLE),
                        12));
    }

    static Stream<Arguments> emptyCharts() {
        Axis log = Axis.log("f");
        double[] nothing = {};
        Grid flat = Grid.sample((x, y) -> 1, 0, 1, 3, 0, 1, 3);
        return Stream.of(
                chart("no bands", () -> ConvergenceChart.render(new ConvergenceFigure("", Axis.linear("k"), log,
                        List.of()), STYLE), 0),
                chart("only zeros on a log axis", () -> ConvergenceChart.render(new ConvergenceFigure("", Axis.linear("k"),
                        log, List.of(QuantileBand.single("gd", "gd", new double[] {1, 2}, new double[] {0, 0}))), STYLE), 0),
                chart("no level crosses", () -> ContourChart.render(new ContourFigure("", Axis.linear("x"),
                        Axis.linear("y"), flat, new double[] {2}, List.of(), List.of()), STYLE), 0),
                chart("no curves", () -> ProfileChart.render(ProfileFigure.data("", List.of()), STYLE), 0),
                chart("an empty line", () -> GradientTrainingChart.render(new LineFigure("", Axis.linear("t"), log,
                        List.of(new Series("layer 1", nothing, nothing))), STYLE), 0),
                chart("no rates", () -> SensitivityChart.render(new SensitivityFigure("", Axis.log("lr"), log,
                        List.of()), STYLE), 0),
                // Only the budget line is left.
                chart("no bars", () -> TimeToTargetChart.render(new TimeToTargetFigure("", log, 100, List.of()), STYLE), 1));
    }

    /** One or two bars, all or some never reaching the target: every tick XChart keeps must paint. */
    @org.junit.jupiter.api.Test
    void fewBarsPaintEvenWhenNoRunReachedTheTarget() throws java.io.IOException {
        Axis log = Axis.log("evaluations");
        double inf = Double.POSITIVE_INFINITY;
        for (List<steepest.reports.model.TargetBar> bars : List.of(
                List.of(new steepest.reports.model.TargetBar("gd", "gd", inf, inf, inf)),
                List.of(new steepest.reports.model.TargetBar("gd", "gd", inf, inf, inf),
                        new steepest.reports.model.TargetBar("adam", "adam", inf, inf, inf)),
                List.of(new steepest.reports.model.TargetBar("gd", "gd", 120, 100, 150),
                        new steepest.reports.model.TargetBar("adam", "adam", inf, 250, inf)))) {
            XYChart chart = TimeToTargetChart.render(new TimeToTargetFigure("", log, 300, bars), STYLE);
            assertTrue(org.knowm.xchart.BitmapEncoder.getBitmapBytes(chart, org.knowm.xchart.BitmapEncoder.BitmapFormat.PNG)
                    .length > 0, bars.size() + " bars");
            assertTrue(steepest.reports.export.Export.svgBytes(chart).length > 0);
        }
    }

    /**
     * A network of one, two or three layers: XChart puts ticks between whole layer numbers, and a
     * tick it must paint cannot be empty (a two-layer MLP's report once failed on "Zero length string").
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} layers")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3})
    void shallowNetworksDrawTheirDepthChart(int layers) throws java.io.IOException {
        double[] depth = new double[layers];
        double[] norms = new double[layers];
        for (int l = 0; l < layers; l++) {
            depth[l] = l + 1;
            norms[l] = 1.2 - 0.1 * l;
        }
        XYChart chart = GradientDepthChart.render(new LineFigure("by depth", Axis.linear("layer"), Axis.log("norm"),
                List.of(new Series("mlp", "mlp:layers=64-32-10", depth, norms))), STYLE);
        assertTrue(org.knowm.xchart.BitmapEncoder.getBitmapBytes(chart, org.knowm.xchart.BitmapEncoder.BitmapFormat.PNG)
                .length > 0, layers + " layers");
        assertTrue(Export.svgBytes(chart).length > 0);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} bars")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 4, 5, 9})
    void everyBarGetsItsLabelOnTheAxis(int count) {
        List<steepest.reports.model.TargetBar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String label = i % 2 == 0 ? "gd:lr=" + i : "sgd:momentum=0.9,nesterov=true,lr=" + i;
            bars.add(new steepest.reports.model.TargetBar(label, label, 100 + i, 90 + i, 110 + i));
        }
        XYChart chart = TimeToTargetChart.render(new TimeToTargetFigure("", Axis.log("evaluations"), 300, bars), STYLE);
        java.util.function.Function<Double, String> labels = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        java.util.Set<String> painted = new java.util.HashSet<>();
        chart.getStyler().setxAxisTickLabelsFormattingFunction(value -> {
            String label = labels.apply(value);
            painted.add(label);
            return label;
        });
        org.knowm.xchart.BitmapEncoder.getBufferedImage(chart);
        for (steepest.reports.model.TargetBar bar : bars) {
            assertTrue(painted.contains(bar.label()), "XChart asked for no tick at " + bar.label() + ": " + painted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyCharts")
    void aFigureWithNothingToDrawStillRendersItsFrame(String name, Supplier<XYChart> render, int total,
                                                      String[] legend, @TempDir Path folder) throws IOException {
        XYChart chart = render.get();
        assertEquals(total, chart.getSeriesMap().size(), name);
        assertEquals(3, Export.write(chart, folder.resolve("empty"), EnumSet.allOf(Format.class), 72).size());
    }

    private static Arguments chart(String name, Supplier<XYChart> chart, int total, String... legend) {
        return Arguments.of(name, chart, total, legend);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void rendersEveryFormatWithTheExpectedSeries(String name, Supplier<XYChart> render, int total, String[] legend,
                                                 @TempDir Path folder) throws IOException {
        XYChart chart = render.get();
        List<XYSeries> series = List.copyOf(chart.getSeriesMap().values());
        assertEquals(total, series.size(), () -> name + " series: " + chart.getSeriesMap().keySet());
        assertArrayEquals(legend, series.stream().filter(XYSeries::isShowInLegend).map(XYSeries::getLabel).toArray(),
                name + " legend");
        List<Path> files = Export.write(chart, folder.resolve(name), EnumSet.allOf(Format.class), 72);
        assertEquals(List.of(folder.resolve(name + ".png"), folder.resolve(name + ".svg"), folder.resolve(name + ".pdf")),
                files);
        byte[] png = Files.readAllBytes(files.get(0));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "PNG signature");
        String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.trim().endsWith("</svg>"), "a complete SVG document");
        byte[] pdf = Files.readAllBytes(files.get(2));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).stripTrailing().endsWith("%%EOF"), "a complete PDF");
    }
}
