package steepest.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import steepest.reports.model.Axis;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Style;

/** Applies a {@link Style} to an XChart chart: fonts, frame, grid, titles and legend (the axes' scales are {@link AxisScale}'s). */
final class Styling {

    private static final Color INK = new Color(34, 34, 34);
    private static final Color GRID = new Color(226, 226, 226);
    /**
     * XChart draws a legend below the plot this many points above the chart's bottom edge, but lays
     * the x axis' title out as if the legend started at the chart padding: a padding this much larger
     * keeps the title clear of the legend.
     */
    private static final int XCHART_LEGEND_MARGIN = 6;

    private Styling() {
    }

    /** Styles {@code chart} and sets its titles. */
    static void apply(XYChart chart, Style style, String title, Axis xAxis, Axis yAxis, LegendPlacement legend) {
        chart.setTitle(title);
        chart.getStyler().setXAxisTitleVisible(!xAxis.title().isEmpty());
        chart.getStyler().setYAxisTitleVisible(!yAxis.title().isEmpty());
        chart.setXAxisTitle(xAxis.title());
        chart.setYAxisTitle(yAxis.title());
        XYStyler s = chart.getStyler();
        float unit = style.fontSize() / 8f;
        s.setLocale(Locale.ROOT);
        s.setToolTipsEnabled(false);
        s.setCursorEnabled(false);
        s.setZoomEnabled(false);
        s.setAntiAlias(true);

        s.setBaseFont(style.font(0));
        s.setChartTitleFont(style.font(1));
        s.setAxisTitleFont(style.font(0));
        s.setAxisTickLabelsFont(style.font(-1));
        s.setLegendFont(style.font(-1));
        s.setAnnotationTextFont(style.font(-1));
        s.setChartFontColor(INK);
        s.setAxisTickLabelsColor(INK);
        s.setChartTitleVisible(!title.isEmpty());
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(Math.round(3 * unit));

        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(INK);
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(0.5f * unit));
        s.setPlotContentSize(0.94);
        s.setPlotMargin(0);
        s.setChartPadding(Math.round(4 * unit) + (below(legend) ? XCHART_LEGEND_MARGIN : 0));

        s.setAxisTicksLineVisible(false);
        s.setAxisTickMarksColor(INK);
        s.setAxisTickMarksStroke(new BasicStroke(0.5f * unit));
        s.setAxisTickMarkLength(Math.round(2.5f * unit));
        s.setAxisTickPadding(Math.round(2 * unit));
        s.setAxisTitlePadding(Math.round(3 * unit));
        s.setXAxisTickMarkSpacingHint(Math.round(32 * unit));
        s.setYAxisTickMarkSpacingHint(Math.round(28 * unit));

        s.setMarkerSize(style.markerSize());
        s.setLegendVisible(true);
        s.setLegendPosition(position(legend));
        s.setLegendLayout(legend == LegendPlacement.OUTSIDE_BELOW ? Styler.LegendLayout.Horizontal
                : Styler.LegendLayout.Vertical);
        s.setLegendBorderColor(GRID);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 225));
        s.setLegendPadding(Math.round(3 * unit));
        s.setLegendSeriesLineLength(Math.round(18 * unit));
    }

    private static boolean below(LegendPlacement placement) {
        return placement == LegendPlacement.OUTSIDE_BELOW || placement == LegendPlacement.OUTSIDE_BELOW_STACKED;
    }

    private static Styler.LegendPosition position(LegendPlacement placement) {
        return switch (placement) {
            case AUTO, INSIDE_TOP_RIGHT -> Styler.LegendPosition.InsideNE;
            case INSIDE_TOP_LEFT -> Styler.LegendPosition.InsideNW;
            case INSIDE_BOTTOM_RIGHT -> Styler.LegendPosition.InsideSE;
            case INSIDE_BOTTOM_LEFT -> Styler.LegendPosition.InsideSW;
            case OUTSIDE_RIGHT -> Styler.LegendPosition.OutsideE;
            case OUTSIDE_BELOW, OUTSIDE_BELOW_STACKED -> Styler.LegendPosition.OutsideS;
        };
    }
}
