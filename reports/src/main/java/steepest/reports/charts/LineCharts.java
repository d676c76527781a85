package steepest.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import steepest.reports.model.Axis;
import steepest.reports.model.LineFigure;
import steepest.reports.model.Series;

/**
 * Renders a {@link LineFigure} as an XChart {@link XYChart}. Points that a logarithmic axis cannot
 * show (zero, negative, NaN, infinite) are dropped per series; a series left with no point is
 * omitted from the chart.
 */
public final class LineCharts {

    /** Okabe–Ito, a colour-blind-safe qualitative palette (Okabe and Ito, 2008). */
    private static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(86, 180, 233), new Color(230, 159, 0), new Color(0, 0, 0), new Color(240, 228, 66),
    };

    private LineCharts() {
    }

    /** Builds the chart at {@code width}×{@code height} pixels. */
    public static XYChart render(LineFigure figure, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(figure.title())
                .xAxisTitle(figure.xAxis().title()).yAxisTitle(figure.yAxis().title()).build();
        XYStyler styler = chart.getStyler();
        styler.setXAxisLogarithmic(figure.xAxis().logarithmic());
        styler.setYAxisLogarithmic(figure.yAxis().logarithmic());
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(230, 230, 230));
        styler.setPlotGridLinesStroke(new BasicStroke(0.5f));
        styler.setSeriesColors(PALETTE);
        if (!Double.isNaN(figure.yAxis().min())) {
            styler.setYAxisMin(figure.yAxis().min());
        }
        if (!Double.isNaN(figure.yAxis().max())) {
            styler.setYAxisMax(figure.yAxis().max());
        }
        if (!Double.isNaN(figure.xAxis().min())) {
            styler.setXAxisMin(figure.xAxis().min());
        }
        if (!Double.isNaN(figure.xAxis().max())) {
            styler.setXAxisMax(figure.xAxis().max());
        }
        int index = 0;
        for (Series series : figure.series()) {
            double[][] kept = drawable(series, figure.xAxis(), figure.yAxis());
            if (kept[0].length == 0) {
                continue;
            }
            XYSeries line = chart.addSeries(series.label(), kept[0], kept[1]);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(PALETTE[index % PALETTE.length]);
            line.setLineStyle(new BasicStroke(1.5f));
            index++;
        }
        return chart;
    }

    /** The number of series a figure draws (those with at least one drawable point). */
    public static int drawnSeriesCount(LineFigure figure) {
        int count = 0;
        for (Series series : figure.series()) {
            if (drawable(series, figure.xAxis(), figure.yAxis())[0].length > 0) {
                count++;
            }
        }
        return count;
    }

    private static double[][] drawable(Series series, Axis xAxis, Axis yAxis) {
        double[] x = series.x();
        double[] y = series.y();
        List<double[]> points = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            if (fits(x[i], xAxis) && fits(y[i], yAxis)) {
                points.add(new double[] {x[i], y[i]});
            }
        }
        double[][] kept = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            kept[0][i] = points.get(i)[0];
            kept[1][i] = points.get(i)[1];
        }
        return kept;
    }

    private static boolean fits(double value, Axis axis) {
        return Double.isFinite(value) && (!axis.logarithmic() || value > 0);
    }
}
