package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import steepest.reports.model.Axis;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.style.Column;
import steepest.reports.style.Style;

/**
 * Thirty series with long labels (every adaptive rule at two learning rates, as modern-adaptive has)
 * leave the plot readable: rendered with the plot's frame in pure red and the legend's in pure blue,
 * the plot is at least half as tall as the style's whole figure, and the legend lies inside the image
 * without overlapping the plot. Before the chart grew for its legend, the stacked legend took the
 * whole figure and the plot shrank to a sliver.
 */
class ManySeriesLegendTest {

    private static final Color PLOT = new Color(255, 0, 0);
    private static final Color FRAME = new Color(0, 0, 255);
    /** A channel this far above both others marks the plot's red or the frame's blue. */
    private static final int DOMINANCE = 120;

    private static XYChart chart(Style style) {
        double[] x = {0, 1, 2, 3, 4, 5};
        List<QuantileBand> bands = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double[] y = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                y[k] = Math.pow(10, -k * (i + 1) / 30.0);
            }
            String label = "schedule-free-adamw:lr=0.00" + i + ",batch=32 (5 seeds)";
            bands.add(QuantileBand.single(label, label, x, y));
        }
        XYChart chart = ConvergenceChart.render(new ConvergenceFigure("softmax:dataset=digits", Axis.linear("epochs"),
                Axis.log("f(x) − f*"), bands), style);
        chart.getStyler().setPlotBorderColor(PLOT);
        chart.getStyler().setLegendBorderColor(FRAME);
        return chart;
    }

    @Test
    void thePlotKeepsItsHeightBesideThirtySeries() {
        for (Style style : List.of(Style.paper(Column.SINGLE), Style.paper(Column.DOUBLE), Style.screen())) {
            XYChart chart = chart(style);
            BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            chart.paint(g, chart.getWidth(), chart.getHeight());
            g.dispose();
            int plotTop = Integer.MAX_VALUE;
            int plotBottom = -1;
            int frameTop = Integer.MAX_VALUE;
            int frameBottom = -1;
            for (int row = 0; row < image.getHeight(); row++) {
                for (int column = 0; column < image.getWidth(); column++) {
                    Color c = new Color(image.getRGB(column, row));
                    if (c.getRed() - Math.max(c.getGreen(), c.getBlue()) > DOMINANCE) {
                        plotTop = Math.min(plotTop, row);
                        plotBottom = row;
                    }
                    if (c.getBlue() - Math.max(c.getRed(), c.getGreen()) > DOMINANCE) {
                        frameTop = Math.min(frameTop, row);
                        frameBottom = row;
                    }
                }
            }
            int plotHeight = plotBottom - plotTop;
            assertTrue(plotHeight >= style.heightPoints() / 2, style.name() + ": the plot is " + plotHeight
                    + " points tall in a style " + style.heightPoints() + " points tall");
            assertTrue(frameBottom >= 0 && frameBottom < image.getHeight() - 1, style.name() + ": legend inside the image");
            assertTrue(frameTop > plotBottom || frameBottom < plotTop || isBeside(image, plotBottom),
                    style.name() + ": the legend (rows " + frameTop + "-" + frameBottom + ") overlaps the plot (rows "
                            + plotTop + "-" + plotBottom + ")");
        }
    }

    /** Whether the legend stands right of the plot: no blue pixel left of the plot's right edge. */
    private static boolean isBeside(BufferedImage image, int plotBottom) {
        int plotRight = -1;
        for (int column = 0; column < image.getWidth(); column++) {
            Color c = new Color(image.getRGB(column, plotBottom));
            if (c.getRed() - Math.max(c.getGreen(), c.getBlue()) > DOMINANCE) {
                plotRight = column;
            }
        }
        for (int row = 0; row < image.getHeight(); row++) {
            for (int column = 0; column <= plotRight; column++) {
                Color c = new Color(image.getRGB(column, row));
                if (c.getBlue() - Math.max(c.getRed(), c.getGreen()) > DOMINANCE) {
                    return false;
                }
            }
        }
        return true;
    }
}
