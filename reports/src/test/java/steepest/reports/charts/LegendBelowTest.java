package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.style.Column;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Style;

/**
 * A legend below the plot stays clear of the x axis' title: rendered four times enlarged with the
 * title in pure green, the legend's frame in pure blue (hues no optimizer takes) and the legend's
 * background transparent (so that it hides nothing), every green pixel lies above the frame's top.
 */
class LegendBelowTest {

    private static final Color TITLE = new Color(0, 200, 0);
    private static final Color FRAME = new Color(0, 0, 255);
    private static final int SCALE = 4;
    /** A channel this far above both others marks the title's green or the frame's blue. */
    private static final int DOMINANCE = 120;

    private static XYChart chart(Style style) {
        double[] x = {0, 100, 200, 300};
        double[] y = {1, 1e-5, 1e-10, 1e-16};
        List<QuantileBand> bands = List.of(QuantileBand.single("natural-gradient", "natural-gradient", x, y),
                QuantileBand.single("gd-ls", "gd-ls", x, y), QuantileBand.single("adam:lr=0.01", "adam:lr=0.01", x, y),
                QuantileBand.single("lbfgs", "lbfgs", x, y));
        XYChart chart = ConvergenceChart.render(new ConvergenceFigure("logreg:standardize=false", Axis.linear("iteration"),
                Axis.log("f(x) − f*"), bands), style);
        chart.getStyler().setXAxisTitleColor(TITLE);
        chart.getStyler().setLegendBorderColor(FRAME);
        chart.getStyler().setLegendBackgroundColor(new Color(0, 0, 0, 0));
        return chart;
    }

    private static BufferedImage image(XYChart chart) {
        BufferedImage image = new BufferedImage(chart.getWidth() * SCALE, chart.getHeight() * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(SCALE, SCALE);
        chart.paint(g, chart.getWidth(), chart.getHeight());
        g.dispose();
        return image;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LegendPlacement.class, names = {"OUTSIDE_BELOW", "OUTSIDE_BELOW_STACKED"})
    void theLegendBelowDoesNotCoverTheXAxisTitle(LegendPlacement placement) {
        for (Style style : List.of(Style.paper(Column.SINGLE), Style.screen())) {
            BufferedImage image = image(chart(style.withLegend(placement)));
            int titleBottom = -1;
            int frameTop = Integer.MAX_VALUE;
            for (int row = 0; row < image.getHeight(); row++) {
                for (int column = 0; column < image.getWidth(); column++) {
                    Color c = new Color(image.getRGB(column, row));
                    if (c.getGreen() - Math.max(c.getRed(), c.getBlue()) > DOMINANCE) {
                        titleBottom = row;
                    }
                    if (c.getBlue() - Math.max(c.getRed(), c.getGreen()) > DOMINANCE) {
                        frameTop = Math.min(frameTop, row);
                    }
                }
            }
            assertTrue(titleBottom >= 0 && frameTop < image.getHeight(), "title and frame drawn");
            assertTrue(titleBottom < frameTop, style.name() + ": title ends at row " + titleBottom
                    + ", the legend starts at row " + frameTop);
        }
    }
}
