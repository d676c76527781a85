package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import steepest.reports.export.Export;
import steepest.reports.model.Axis;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.ProfileFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.model.StepCurve;
import steepest.reports.style.Column;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Palette;
import steepest.reports.style.Style;

class ChartStyleTest {

    private static XYSeries entry(XYChart chart, String label) {
        return chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend() && s.getLabel().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no legend entry " + label));
    }

    @Test
    void anOptimizerLooksTheSameInEveryFigureAndStyle() {
        double[] x = {1, 2, 3};
        double[] y = {1, 0.1, 0.01};
        ConvergenceFigure convergence = new ConvergenceFigure("", Axis.linear("k"), Axis.log("f"), List.of(
                QuantileBand.single("gd", "gd", x, y), QuantileBand.single("adam:lr=1e-3", "Adam (1e-3)", x, y)));
        ProfileFigure profile = ProfileFigure.performance("", List.of(
                new StepCurve("adam", "adam", new double[] {1, 2}, new double[] {0.5, 1}),
                new StepCurve("newton", "Newton", new double[] {1}, new double[] {1})));
        XYChart paper = ConvergenceChart.render(convergence, Style.paper(Column.SINGLE));
        XYChart screen = ProfileChart.render(profile, Style.screen());
        XYSeries inConvergence = entry(paper, "Adam (1e-3)");
        XYSeries inProfile = entry(screen, "adam");
        assertEquals(Palette.VERMILLION, inConvergence.getLineColor());
        assertEquals(Palette.VERMILLION, inProfile.getLineColor());
        assertSame(SeriesMarkers.TRIANGLE_UP, inConvergence.getMarker());
        assertSame(SeriesMarkers.TRIANGLE_UP, inProfile.getMarker());
        assertEquals(null, inConvergence.getLineStyle().getDashArray(), "adam is solid");
        assertEquals(null, inProfile.getLineStyle().getDashArray(), "adam is solid");
        assertEquals(Palette.BLACK, entry(paper, "gd").getLineColor());
    }

    @Test
    void aSecondSettingBesideAnotherOptimizerIsDashedInItsColour() {
        double[] x = {1, 2, 3};
        double[] y = {1, 0.1, 0.01};
        XYChart chart = ConvergenceChart.render(new ConvergenceFigure("", Axis.linear("k"), Axis.log("f"), List.of(
                QuantileBand.single("adam:lr=1e-3", "a", x, y), QuantileBand.single("adam:lr=1e-2", "b", x, y),
                QuantileBand.single("gd", "gd", x, y))), Style.paper(Column.SINGLE));
        XYSeries second = entry(chart, "b");
        assertEquals(Palette.VERMILLION, second.getLineColor());
        float width = second.getLineStyle().getLineWidth();
        assertArrayEquals(new float[] {3.7f * width, 1.6f * width}, second.getLineStyle().getDashArray(), 1e-6f);
    }

    @Test
    void aSweepOfOneOptimizerIsColouredByTheKeyItVaries() {
        double[] x = {1, 2, 3};
        double[] y = {1, 0.1, 0.01};
        XYChart chart = ConvergenceChart.render(new ConvergenceFigure("", Axis.linear("k"), Axis.log("f"), List.of(
                QuantileBand.single("gd:lr=1e-3", "1e-3", x, y), QuantileBand.single("gd:lr=1e-2", "1e-2", x, y))),
                Style.paper(Column.SINGLE));
        assertEquals(Palette.sequential(0, 2), entry(chart, "1e-3").getLineColor());
        assertEquals(Palette.sequential(1, 2), entry(chart, "1e-2").getLineColor());
    }

    @Test
    void paperStyleIsSerifAndSizedInInchesTimesDpi(@TempDir Path folder) throws IOException {
        for (Column column : Column.values()) {
            XYChart chart = ProfileChart.render(Fixtures.performance(), Style.paper(column));
            assertEquals(Font.SERIF, chart.getStyler().getAxisTitleFont().getName());
            assertEquals(Font.SERIF, chart.getStyler().getLegendFont().getName());
            assertEquals(8f, chart.getStyler().getAxisTitleFont().getSize2D());
            BufferedImage image = ImageIO.read(Export.png(chart, folder.resolve(column + ".png"), 300).toFile());
            assertEquals((int) Math.round(column.widthInches() * 300), image.getWidth(), column + " width");
            assertEquals(column.heightInches() * 300, image.getHeight(), 1, column + " height");
        }
        assertEquals(1050, (int) Math.round(Column.SINGLE.widthInches() * 300));
    }

    @Test
    void vectorFilesHaveThePhysicalSize() throws IOException {
        XYChart chart = ProfileChart.render(Fixtures.performance(), Style.paper(Column.SINGLE));
        String svg = new String(Export.svgBytes(chart), StandardCharsets.UTF_8);
        String root = svg.substring(svg.indexOf("<svg"), svg.indexOf('>', svg.indexOf("<svg")));
        assertTrue(root.contains("width=\"252pt\"") && root.contains("height=\"189pt\"")
                && root.contains("viewBox=\"0 0 252 189\""), root);
    }

    @Test
    void aStyleCanPlaceTheLegend() {
        XYChart chart = ProfileChart.render(Fixtures.performance(),
                Style.paper(Column.SINGLE).withLegend(LegendPlacement.OUTSIDE_BELOW));
        assertEquals(Styler.LegendPosition.OutsideS, chart.getStyler().getLegendPosition());
        assertEquals(Styler.LegendPosition.InsideSE, ProfileChart.render(Fixtures.performance(),
                Style.paper(Column.SINGLE)).getStyler().getLegendPosition(), "the profile's free corner");
        assertEquals(Style.paper(Column.SINGLE), Style.named("paper"));
        assertEquals(Style.screen(), Style.named("screen"));
    }

    @Test
    void screenStyleIsSansSerif() {
        XYChart chart = ProfileChart.render(Fixtures.performance(), Style.screen());
        assertEquals(Font.SANS_SERIF, chart.getStyler().getAxisTitleFont().getName());
        assertTrue(chart.getWidth() == 576 && chart.getHeight() == 360, "8 in by 5 in in points");
    }
}
