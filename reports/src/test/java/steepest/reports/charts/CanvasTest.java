package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import steepest.reports.export.Export;
import steepest.reports.model.Axis;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;
import steepest.reports.style.Column;
import steepest.reports.style.Style;

class CanvasTest {

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aDenseDashedLineIsOnePathSoItsDashesRunOn() throws IOException {
        int n = 500;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.exp(-i / 50.0);
        }
        // sgd is dashed; with XChart's per-segment drawing the dash would restart 499 times.
        XYChart chart = LineCharts.render(new LineFigure("", Axis.linear("k"), Axis.log("f"),
                List.of(new Series("sgd", "SGD", x, y))), Style.paper(Column.SINGLE));
        String svg = new String(Export.svgBytes(chart), StandardCharsets.UTF_8);
        assertEquals(2, count(svg, "stroke-dasharray:3\\.7,1\\.6"), "the line and its legend sample");
        XYSeries line = chart.getSeriesMap().get("line 0");
        assertTrue(line.isSmooth() && !line.isShowInLegend());
    }

    @Test
    void aReferenceLevelIsADottedLineAcrossInItsSeriesColourWithALegendEntryWithoutMarkers() throws IOException {
        XYChart chart = ConvergenceChart.render(Fixtures.convergenceWithLevels(), Style.paper(Column.SINGLE));
        XYSeries gd = chart.getSeriesMap().get("line 0");
        XYSeries floor = chart.getSeriesMap().get("line 3");
        assertEquals(gd.getLineColor(), floor.getLineColor(), "gd's colour");
        assertEquals(-5, floor.getYData()[0], 1e-12, "at 1e-5 (drawn over log10 values)");
        assertEquals(-5, floor.getYData()[floor.getYData().length - 1], 1e-12, "horizontal");
        assertEquals(0, floor.getXData()[0], 1e-12, "from the bands' first x");
        assertEquals(200, floor.getXData()[floor.getXData().length - 1], 1e-12, "to their last");
        assertEquals(Canvas.REFERENCE, chart.getSeriesMap().get("line 4").getLineColor(), "gray without a series");
        XYSeries entry = chart.getSeriesMap().get("entry 3");
        assertEquals("gd floor", entry.getLabel());
        assertTrue(entry.isShowInLegend());
        assertEquals(org.knowm.xchart.style.markers.SeriesMarkers.NONE, entry.getMarker());
        assertTrue(entry.getLineStyle().getDashArray() != null, "dotted");
    }

    @Test
    void pointsALogAxisCannotShowBreakTheLine() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 0.1, 0, 0.01, 0.001};
        XYChart chart = LineCharts.render(new LineFigure("", Axis.linear("k"), Axis.log("f"),
                List.of(new Series("gd", x, y))), Style.paper(Column.SINGLE));
        double[] drawn = chart.getSeriesMap().get("line 0").getYData();
        int gaps = 0;
        for (double v : drawn) {
            gaps += Double.isNaN(v) ? 1 : 0;
        }
        assertEquals(1, gaps, "one gap where f = 0");
        assertEquals(Math.log10(0.1), lastBefore(drawn), 1e-12, "the first run ends at 0.1 (drawn over log10 values)");
    }

    private static double lastBefore(double[] values) {
        double last = Double.NaN;
        for (double v : values) {
            if (Double.isNaN(v)) {
                return last;
            }
            last = v;
        }
        return last;
    }

    @Test
    void aSeriesWithNothingDrawableIsLeftOutLegendIncluded() {
        XYChart chart = LineCharts.render(new LineFigure("", Axis.linear("k"), Axis.log("f"), List.of(
                new Series("gd", new double[] {1, 2}, new double[] {0, -1}),
                new Series("adam", new double[] {1, 2}, new double[] {1, 0.5}))), Style.paper(Column.SINGLE));
        assertEquals(List.of("adam"), chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getLabel).toList());
    }

    @Test
    void longLinesCarryAFewEvenlySpacedMarkersShortOnesOneAtEveryPoint() {
        int n = 100;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i;
        }
        XYChart chart = LineCharts.render(new LineFigure("", Axis.linear("k"), Axis.linear("f"), List.of(
                new Series("gd", x, y), new Series("adam", new double[] {0, 50, 99}, new double[] {0, 20, 99}))),
                Style.paper(Column.SINGLE));
        double[] marks = chart.getSeriesMap().get("entry 0").getXData();
        assertEquals(2 * Canvas.MARKS_PER_LINE, marks.length, "each marker followed by a gap");
        // A straight line: evenly spaced along its length means evenly spaced in x, 99/5 apart.
        for (int k = 1; k < Canvas.MARKS_PER_LINE; k++) {
            assertEquals(99.0 / Canvas.MARKS_PER_LINE, marks[2 * k] - marks[2 * k - 2], 1e-9);
        }
        assertEquals(List.of(0.0, 50.0, 99.0), List.of(chart.getSeriesMap().get("entry 1").getXData()[0],
                chart.getSeriesMap().get("entry 1").getXData()[2], chart.getSeriesMap().get("entry 1").getXData()[4]));
    }
}
