package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import steepest.reports.model.CriticalDifferenceFigure;
import steepest.reports.model.EcdfCurve;
import steepest.reports.model.StepCurve;
import steepest.reports.style.Column;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.Style;

/** What the ECDF, critical-difference, scaling and sensitivity charts draw where, read back from the series. */
class StatisticsChartsTest {

    private static final Style STYLE = Style.paper(Column.SINGLE);

    private static XYSeries series(XYChart chart, String name) {
        XYSeries series = chart.getSeriesMap().get(name);
        assertTrue(series != null, () -> "no series " + name + " in " + chart.getSeriesMap().keySet());
        return series;
    }

    /** The drawn points of a marks series (each point is followed by a NaN gap). */
    private static double[][] marks(XYSeries series) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < series.getXData().length; i += 2) {
            points.add(new double[] {series.getXData()[i], series.getYData()[i]});
        }
        return new double[][] {points.stream().mapToDouble(p -> p[0]).toArray(),
            points.stream().mapToDouble(p -> p[1]).toArray()};
    }

    private static void assertMarks(double[] x, double[] y, XYSeries series) {
        double[][] drawn = marks(series);
        assertArrayEquals(x, drawn[0], 1e-12, series.getName() + " x");
        assertArrayEquals(y, drawn[1], 1e-12, series.getName() + " y");
    }

    @Test
    void sensitivityDrawsZeroLossesAtTheFloorWithADownwardArrow() {
        XYChart chart = SensitivityChart.render(Fixtures.sensitivityAtTheFloor(), STYLE);
        // Both axes span several decades, so XChart gets log10 values. The floor is the smallest
        // positive loss (3e-9) over 3: 1e-9.
        XYSeries gdZero = series(chart, "marks 1");
        assertSame(Markers.of(MarkerShape.ARROW_DOWN), gdZero.getMarker());
        assertMarks(new double[] {-1}, new double[] {-9}, gdZero);
        assertMarks(new double[] {-2}, new double[] {-9}, series(chart, "marks 2"));
        assertSame(Markers.of(MarkerShape.X), series(chart, "marks 0").getMarker());
        assertEquals(Math.log10(1.2), marks(series(chart, "marks 0"))[1][0], 1e-12, "the ceiling: 0.4 times 3");
    }

    @Test
    void scalingMarksCostsNeverReachedAtTheTop() {
        XYChart chart = ScalingChart.render(Fixtures.scaling(), STYLE);
        XYSeries notReached = series(chart, "marks 0");
        assertSame(Markers.of(MarkerShape.ARROW_UP), notReached.getMarker());
        // GD misses at n = 128 and 512; the top is the largest cost shown (6400) times 3.
        assertMarks(new double[] {Math.log10(128), Math.log10(512)}, new double[] {Math.log10(19200), Math.log10(19200)},
                notReached);
        assertEquals(1, chart.getSeriesMap().keySet().stream().filter(n -> n.startsWith("marks")).count(),
                "Newton's NaN is a gap, not a miss");
    }

    @Test
    void theVirtualBestIsWideAndFirstAndEachBudgetSitsOnItsCurve() {
        XYChart chart = EcdfChart.render(Fixtures.ecdf(), STYLE);
        XYSeries best = series(chart, "line 0");
        XYSeries gd = series(chart, "line 1");
        assertEquals(EcdfChart.WHEAT, best.getLineColor());
        assertEquals(EcdfChart.VIRTUAL_BEST_WIDTH * gd.getLineStyle().getLineWidth(), best.getLineStyle().getLineWidth(),
                1e-6);
        // GD reaches 12 of 20 triples, its budget is 5e4: the bar sits at (log10 5e4, 0.6).
        assertMarks(new double[] {Math.log10(5e4)}, new double[] {0.6}, series(chart, "marks 0"));
        assertSame(Markers.of(MarkerShape.BAR), series(chart, "marks 0").getMarker());
        assertEquals(5, chart.getStyler().getXAxisMax(), 1e-12, "up to the decade beyond the last budget");
        assertEquals(0, chart.getStyler().getXAxisMin(), 1e-12, "from the decade at or below 3");
    }

    @Test
    void aBudgetIsPositiveOrNaN() {
        StepCurve steps = new StepCurve("gd", "gd", new double[] {1}, new double[] {0.5});
        assertThrows(IllegalArgumentException.class, () -> new EcdfCurve(steps, 0));
        assertEquals(Double.NaN, new EcdfCurve(steps, Double.NaN).budget());
    }

    /** The elbow of each optimizer: its vertical segment's x and bottom, its horizontal segment's x range and y. */
    private static double[][] elbows(XYChart chart, int k) {
        double[][] elbows = new double[k][];
        for (int i = 0; i < k; i++) {
            XYSeries elbow = series(chart, "stroke " + (4 + i));
            double[] x = Arrays.stream(elbow.getXData()).toArray();
            double[] y = Arrays.stream(elbow.getYData()).toArray();
            elbows[i] = new double[] {x[0], y[1], Math.min(x[1], x[2]), Math.max(x[1], x[2]), y[2]};
        }
        return elbows;
    }

    @Test
    void criticalDifferenceElbowsNeverCrossAndSplitBestLeftWorstRight() {
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 50; trial++) {
            int k = 2 + random.nextInt(12);
            double[] ranks = new double[k];
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                ranks[i] = 1 + (k - 1) * random.nextDouble();
                labels.add("optimizer " + i);
            }
            XYChart chart = CriticalDifferenceChart.render(new CriticalDifferenceFigure("", labels, ranks, 1.0, List.of()),
                    STYLE);
            double[][] elbows = elbows(chart, k);
            for (int a = 0; a < k; a++) {
                // Every elbow goes down from the axis, and out to the nearer side of the diagram.
                assertTrue(elbows[a][1] < 0);
                assertTrue(elbows[a][2] < 1 || elbows[a][3] > k, Arrays.toString(elbows[a]));
                for (int b = 0; b < k; b++) {
                    boolean crosses = a != b && elbows[b][0] > elbows[a][2] && elbows[b][0] < elbows[a][3]
                            && elbows[b][1] < elbows[a][4] && elbows[a][4] < 0;
                    assertFalse(crosses, "trial " + trial + ": elbow " + b + " crosses elbow " + a);
                }
            }
            // Elbows are drawn best rank first; the better half ends on the left.
            for (int p = 0; p < k; p++) {
                assertEquals(p < (k + 1) / 2, elbows[p][2] < 1, "trial " + trial + ", position " + p);
            }
        }
    }
}
