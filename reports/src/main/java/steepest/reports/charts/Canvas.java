package steepest.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import steepest.reports.model.Axis;
import steepest.reports.style.Dash;
import steepest.reports.style.LegendPlacement;
import steepest.reports.style.Look;
import steepest.reports.style.MarkerShape;
import steepest.reports.style.Palette;
import steepest.reports.style.Style;

/**
 * The drawing every chart type shares: it collects filled areas, lines and markers in data
 * coordinates, then {@link #build() builds} one XChart {@link XYChart} in the figure's style.
 *
 * <p>What it adds to XChart:
 * <ul>
 *   <li>Each line is one continuous path (XChart's smooth mode over a subdivided polyline, see
 *       {@link Mapping#subdivide}), so dashes run along the whole line instead of restarting at
 *       every data point, which makes a dense dashed line look solid.</li>
 *   <li>Markers sit at {@value #MARKS_PER_LINE} evenly spaced places along a long line, at a phase
 *       that differs from line to line, and at every point of a short one (at most
 *       {@value #SPARSE} points).</li>
 *   <li>Points an axis cannot show (NaN, infinite, not positive on a log axis) break the line
 *       instead of being bridged.</li>
 *   <li>Log axes are labelled 10ⁿ (see {@link AxisScale}).</li>
 * </ul>
 *
 * <p>Series layout, which tests rely on: fills (bands, bars), then lines without legend entries,
 * then unlabelled markers, then one series per legend entry in the order added; exactly the last
 * have {@link XYSeries#isShowInLegend()} set. A line's legend series also carries its markers.
 * Something with no drawable point adds no series, legend entry included.
 */
final class Canvas {

    /** Lines with at most this many points get a marker at every point. */
    static final int SPARSE = 12;
    /** Markers on a longer line. */
    static final int MARKS_PER_LINE = 5;
    /** The longest segment, in chart units, drawn without subdivision (see {@link Mapping#subdivide}). */
    private static final double STEP = 0.5;
    /** Opacity of a quantile band. */
    private static final double BAND_ALPHA = 0.18;
    /** 1 − 1/φ: successive lines' marker phases spread evenly (golden-ratio sequence). */
    private static final double PHASE_STEP = 0.381966;
    /** Reference lines: their gray and their width relative to data lines. */
    static final Color REFERENCE = new Color(90, 90, 90);
    private static final float REFERENCE_WIDTH = 0.5f;
    /** Reference levels' width relative to data lines. */
    private static final float LEVEL_WIDTH = 0.75f;
    /** Legend size estimate: sample line length and padding (points at 8 pt type, see {@link Styling}). */
    private static final double LEGEND_LINE = 18;
    private static final double LEGEND_PADDING = 3;
    /** Legend size estimate: character width (generous, so that the box is not underestimated) and row height, in ems. */
    private static final double LEGEND_CHAR = 0.65;
    private static final double LEGEND_ROW = 1.5;
    /** The plot's share of the chart's width and height, roughly, once titles, ticks and padding are placed. */
    private static final double PLOT_WIDTH = 0.8;
    /** The widest legend (as a fraction of the plot's width) that stands beside the plot. */
    private static final double SIDE_LEGEND_LIMIT = 0.5;
    private static final double PLOT_HEIGHT = 0.72;
    /** The share of the style's height kept for title, plot and axes when a stacked legend goes below. */
    private static final double MIN_PLOT_SHARE = 0.75;

    /** A filled area: a band (lower and upper over x) or a polygon (upper null, vertices in x, lower). */
    private record Area(Color color, double[] x, double[] lower, double[] upper) {
    }

    private record Stroke(Color color, BasicStroke stroke, double[] x, double[] y) {
    }

    /**
     * Markers, with a line (line true) or alone; every point marked, or a few along the line; or,
     * for a key, a legend entry without data; or, for a level, a line with a legend entry and no
     * markers at all.
     */
    private record Entry(String label, Look look, double[] x, double[] y, boolean line, boolean everyPoint, boolean key,
                         float width, boolean level) {

        Entry(String label, Look look, double[] x, double[] y, boolean line, boolean everyPoint, boolean key,
              float width) {
            this(label, look, x, y, line, everyPoint, key, width, false);
        }
    }

    private final Style style;
    private final String title;
    private final Axis xAxis;
    private final Axis yAxis;
    private final LegendPlacement preferredLegend;
    private final LegendPlacement fallbackLegend;
    private final List<Area> areas = new ArrayList<>();
    private final List<Stroke> strokes = new ArrayList<>();
    private final List<Entry> unlabelled = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<TextMark> texts = new ArrayList<>();
    private Function<Double, String> xTickLabels;
    private int xLabelRotation;
    private boolean verticalGrid = true;
    private boolean horizontalGrid = true;
    private boolean axes = true;

    /**
     * Where the legend goes, unless the style places it: in the first inside corner where it hides
     * (almost) nothing, {@code preferred} first (see {@link LegendSpot}), else at {@code fallback};
     * directly at {@code preferred} if that is outside the plot.
     */
    Canvas(Style style, String title, Axis xAxis, Axis yAxis, LegendPlacement preferred, LegendPlacement fallback) {
        this.style = Objects.requireNonNull(style, "style");
        this.title = Objects.requireNonNull(title, "title");
        this.xAxis = Objects.requireNonNull(xAxis, "xAxis");
        this.yAxis = Objects.requireNonNull(yAxis, "yAxis");
        this.preferredLegend = Objects.requireNonNull(preferred, "preferred");
        this.fallbackLegend = Objects.requireNonNull(fallback, "fallback");
    }

    /** Which grid lines to draw (leave out those that would compete with the data, as with level sets). */
    void grid(boolean vertical, boolean horizontal) {
        verticalGrid = vertical;
        horizontalGrid = horizontal;
    }

    /**
     * A shaded band between {@code lower} and {@code upper} over {@code x} (non-decreasing), in
     * {@code look}'s colour, translucent. On a log y axis a lower bound that is not positive is
     * drawn at the figure's lowest value; points whose x or upper bound cannot be shown, or whose
     * lower bound is NaN, are left out. A band of zero width everywhere adds nothing.
     */
    void band(Look look, double[] x, double[] lower, double[] upper) {
        areas.add(new Area(Palette.translucent(look.color(), BAND_ALPHA), x, lower, upper));
    }

    /** A filled polygon (vertices in order, closed implicitly). */
    void polygon(Color color, double[] x, double[] y) {
        areas.add(new Area(color, x, y, null));
    }

    /** A line without legend entry or markers (contour levels, outlines, reference lines). */
    void stroke(Color color, BasicStroke stroke, double[] x, double[] y) {
        strokes.add(new Stroke(color, stroke, x, y));
    }

    /** A thin dashed gray line without legend entry, for a reference level (a budget, a ceiling). */
    void reference(double[] x, double[] y) {
        strokes.add(new Stroke(REFERENCE, Dash.DASHED.stroke(style.lineWidth() * REFERENCE_WIDTH), x, y));
    }

    /**
     * A horizontal reference level at y over [left, right]: thin and dotted in {@code color}, with a
     * legend entry showing the dotted line alone (no markers).
     */
    void level(String label, Color color, double left, double right, double y) {
        entries.add(new Entry(label, new Look(color, Dash.DOTTED, MarkerShape.CIRCLE), new double[] {left, right},
                new double[] {y, y}, true, false, false, LEVEL_WIDTH, true));
    }

    /** A data line with its legend entry and markers (see the class comment). */
    void line(String label, Look look, double[] x, double[] y) {
        entries.add(new Entry(label, look, x, y, true, x.length <= SPARSE, false, 1));
    }

    /** A data line with a marker at every point, however many. */
    void lineWithEveryPoint(String label, Look look, double[] x, double[] y) {
        entries.add(new Entry(label, look, x, y, true, true, false, 1));
    }

    /**
     * A data line {@code widthFactor} times as wide as the others, with its legend entry and markers:
     * a reference drawn behind the data (add it first).
     */
    void wideLine(String label, Look look, float widthFactor, double[] x, double[] y) {
        entries.add(new Entry(label, look, x, y, true, x.length <= SPARSE, false, widthFactor));
    }

    /** Markers at the given points, with a legend entry showing the marker alone. */
    void marks(String label, Color color, MarkerShape shape, double[] x, double[] y) {
        entries.add(new Entry(label, new Look(color, Dash.SOLID, shape), x, y, false, true, false, 1));
    }

    /** Markers at the given points, without a legend entry. */
    void unlabelledMarks(Color color, MarkerShape shape, double[] x, double[] y) {
        unlabelled.add(new Entry("", new Look(color, Dash.SOLID, shape), x, y, false, true, false, 1));
    }

    /** A legend entry showing a marker, with no data: the key to unlabelled marks. */
    void key(String label, Color color, MarkerShape shape) {
        entries.add(new Entry(label, new Look(color, Dash.SOLID, shape), new double[0], new double[0], false, true,
                true, 1));
    }

    /**
     * Leaves out XChart's axes, ticks, tick labels, grid and plot frame: for a diagram that draws its
     * own scale (linear axes with explicit bounds).
     */
    void withoutAxes() {
        axes = false;
        grid(false, false);
    }

    /** Text at data coordinates (x, y), vertically centred, aligned on x as {@code align} says. */
    void text(String text, double x, double y, TextMark.Align align) {
        texts.add(new TextMark(text, x, y, align));
    }

    /**
     * Labels the x axis' ticks with {@code labels} (linear axes only), rotated by {@code degrees}.
     * XChart widens its tick step until all labels differ, so a function giving every unwanted
     * tick the same empty label keeps only the wanted ones.
     */
    void xTickLabels(Function<Double, String> labels, int degrees) {
        this.xTickLabels = labels;
        this.xLabelRotation = degrees;
    }

    /** Builds the chart. */
    XYChart build() {
        double[] bounds = bounds();
        AxisScale xScale = new AxisScale(xAxis, bounds[0], bounds[1]);
        AxisScale yScale = new AxisScale(yAxis, bounds[2], bounds[3]);
        Mapping mapping = new Mapping(xScale, yScale, bounds, style.widthPoints(), style.heightPoints());
        List<double[][]> fills = new ArrayList<>();
        for (Area area : areas) {
            fills.add(area.upper == null ? mapping.runs(area.x, area.lower).stream().findFirst().orElse(new double[2][0])
                    : bandPolygon(area, mapping));
        }
        List<double[][]> paths = new ArrayList<>();
        strokes.forEach(stroke -> paths.add(path(stroke.x, stroke.y, mapping)));
        entries.forEach(entry -> paths.add(entry.line ? path(entry.x, entry.y, mapping) : new double[2][0]));
        List<double[][]> unlabelledMarks = new ArrayList<>();
        unlabelled.forEach(entry -> unlabelledMarks.add(marks(entry, 0, mapping)));
        List<double[][]> entryMarks = new ArrayList<>();
        int lines = 0;
        for (Entry entry : entries) {
            entryMarks.add(marks(entry, entry.line && !entry.level ? (0.5 + PHASE_STEP * lines++) % 1.0 : 0, mapping));
        }

        Legend legend = legend(bounds, fills, paths, unlabelledMarks, entryMarks);
        XYChart chart = new XYChart(style.widthPoints(), chartHeight(legend));
        Styling.apply(chart, style, title, xAxis, yAxis, legend.placement());
        chart.getStyler().setPlotGridVerticalLinesVisible(verticalGrid);
        chart.getStyler().setPlotGridHorizontalLinesVisible(horizontalGrid);
        xScale.configure(chart.getStyler(), true, xTickLabels);
        yScale.configure(chart.getStyler(), false, null);
        chart.getStyler().setXAxisLabelRotation(xLabelRotation);
        if (!axes) {
            chart.getStyler().setAxisTicksVisible(false);
            chart.getStyler().setPlotBorderVisible(false);
        }
        for (int i = 0; i < areas.size(); i++) {
            if (fills.get(i)[0].length > 2) {
                XYSeries series = add(chart, "fill " + i, fills.get(i), mapping);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                series.setFillColor(areas.get(i).color);
                series.setLineStyle(SeriesLines.NONE);
                series.setMarker(SeriesMarkers.NONE);
                series.setShowInLegend(false);
            }
        }
        for (int i = 0; i < strokes.size(); i++) {
            addPath(chart, "stroke " + i, strokes.get(i).color, strokes.get(i).stroke, paths.get(i), mapping);
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.line) {
                addPath(chart, "line " + i, entry.look.color(), entry.look.dash().stroke(style.lineWidth() * entry.width),
                        paths.get(strokes.size() + i), mapping);
            }
        }
        for (int i = 0; i < unlabelled.size(); i++) {
            addMarks(chart, "marks " + i, unlabelled.get(i), unlabelledMarks.get(i), false, mapping);
        }
        for (int i = 0; i < entries.size(); i++) {
            addMarks(chart, "entry " + i, entries.get(i), entryMarks.get(i), true, mapping);
        }
        chart.getStyler().setLegendVisible(chart.getSeriesMap().values().stream().anyMatch(XYSeries::isShowInLegend));
        texts.forEach(chart::addAnnotation);
        return chart;
    }

    /** Where the legend goes, and its estimated height in points (0 where the style places it). */
    private record Legend(LegendPlacement placement, double heightPoints) {
    }

    /**
     * The style's height, grown for a legend outside the plot that would otherwise squeeze it: a
     * stacked legend below gets its own height under {@value #MIN_PLOT_SHARE} of the style's, a legend
     * beside the plot a chart at least as tall as itself. Tens of series (every adaptive rule at two
     * learning rates) keep a readable plot.
     */
    private int chartHeight(Legend legend) {
        int base = style.heightPoints();
        double needed = switch (legend.placement()) {
            case OUTSIDE_BELOW_STACKED -> MIN_PLOT_SHARE * base + legend.heightPoints();
            case OUTSIDE_RIGHT -> legend.heightPoints() / PLOT_HEIGHT;
            default -> base;
        };
        return (int) Math.max(base, Math.ceil(needed));
    }

    /** Where the legend goes (see the constructor). */
    private Legend legend(double[] bounds, List<double[][]> fills, List<double[][]> paths,
                                   List<double[][]> unlabelledMarks, List<double[][]> entryMarks) {
        if (style.legend() != LegendPlacement.AUTO) {
            return new Legend(style.legend(), 0);
        }
        int shown = 0;
        int longest = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key || entries.get(i).level || entryMarks.get(i)[0].length > 0) {
                shown++;
                longest = Math.max(longest, entries.get(i).label.length());
            }
        }
        float font = style.font(-1).getSize2D();
        float unit = style.fontSize() / 8f;
        double width = (LEGEND_LINE * unit + LEGEND_PADDING * 4 * unit + LEGEND_CHAR * font * longest)
                / (style.widthPoints() * PLOT_WIDTH);
        double legendPoints = LEGEND_ROW * font * shown + 2 * LEGEND_PADDING * unit;
        double height = legendPoints / (style.heightPoints() * PLOT_HEIGHT);
        // A legend wider than half the plot would squeeze the plot beside it: it goes below instead.
        LegendPlacement outside = width > SIDE_LEGEND_LIMIT ? LegendPlacement.OUTSIDE_BELOW_STACKED
                : LegendPlacement.OUTSIDE_RIGHT;
        if (preferredLegend == LegendPlacement.OUTSIDE_RIGHT) {
            return new Legend(outside, legendPoints);
        }
        if (preferredLegend == LegendPlacement.OUTSIDE_BELOW) {
            return new Legend(preferredLegend, legendPoints);
        }
        LegendSpot spot = new LegendSpot(bounds);
        fills.stream().filter(f -> f[0].length > 2).forEach(spot::polygon);
        paths.forEach(spot::line);
        for (List<double[][]> marks : List.of(unlabelledMarks, entryMarks)) {
            for (double[][] m : marks) {
                for (int i = 0; i < m[0].length; i++) {
                    spot.point(m[0][i], m[1][i]);
                }
            }
        }
        LegendPlacement fallback = fallbackLegend == LegendPlacement.OUTSIDE_RIGHT ? outside : fallbackLegend;
        return new Legend(spot.choose(preferredLegend, fallback, width, height), legendPoints);
    }

    /** Transformed {xMin, xMax, yMin, yMax} over everything drawable, replaced by the axes' bounds where set. */
    private double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Area area : areas) {
            include(b, area.x, area.lower);
            if (area.upper != null) {
                include(b, area.x, area.upper);
            }
        }
        strokes.forEach(s -> include(b, s.x, s.y));
        entries.forEach(e -> include(b, e.x, e.y));
        unlabelled.forEach(e -> include(b, e.x, e.y));
        override(b, 0, xAxis);
        override(b, 2, yAxis);
        for (int k = 0; k < 4; k += 2) {
            if (!(b[k] <= b[k + 1])) {
                b[k] = 0;
                b[k + 1] = 1;
            }
        }
        return b;
    }

    private void include(double[] b, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            if (AxisScale.fits(x[i], xAxis) && AxisScale.fits(y[i], yAxis)) {
                double tx = AxisScale.forward(x[i], xAxis);
                double ty = AxisScale.forward(y[i], yAxis);
                b[0] = Math.min(b[0], tx);
                b[1] = Math.max(b[1], tx);
                b[2] = Math.min(b[2], ty);
                b[3] = Math.max(b[3], ty);
            }
        }
    }

    private static void override(double[] b, int offset, Axis axis) {
        if (!Double.isNaN(axis.min())) {
            b[offset] = AxisScale.forward(axis.min(), axis);
        }
        if (!Double.isNaN(axis.max())) {
            b[offset + 1] = AxisScale.forward(axis.max(), axis);
        }
    }

    /** The band's outline, transformed: along the upper bound, then back along the lower one. */
    private static double[][] bandPolygon(Area area, Mapping mapping) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < area.x.length; i++) {
            if (mapping.x().fits(area.x[i]) && mapping.y().fits(area.upper[i]) && !Double.isNaN(area.lower[i])) {
                kept.add(i);
            }
        }
        int n = kept.size();
        double[][] polygon = new double[2][2 * n];
        boolean flat = true;
        for (int k = 0; k < n; k++) {
            int forward = kept.get(k);
            int back = kept.get(n - 1 - k);
            polygon[0][k] = mapping.x().forward(area.x[forward]);
            polygon[1][k] = mapping.y().forward(area.upper[forward]);
            polygon[0][n + k] = mapping.x().forward(area.x[back]);
            polygon[1][n + k] = mapping.y().fits(area.lower[back]) ? mapping.y().forward(area.lower[back]) : mapping.yLow();
            flat &= area.lower[forward] == area.upper[forward];
        }
        return flat ? new double[2][0] : polygon;
    }

    /** Adds transformed points as a series, handing XChart its coordinates. */
    private static XYSeries add(XYChart chart, String name, double[][] points, Mapping mapping) {
        double[] x = new double[points[0].length];
        double[] y = new double[points[0].length];
        for (int i = 0; i < x.length; i++) {
            x[i] = mapping.x().toChart(points[0][i]);
            y[i] = Double.isNaN(points[1][i]) ? Double.NaN : mapping.y().toChart(points[1][i]);
        }
        return chart.addSeries(name, x, y);
    }

    /**
     * The drawable runs of (x, y), subdivided (see {@link Mapping#subdivide}) and joined with gaps
     * (a NaN y at the previous x, which XChart treats as a break), transformed; empty if nothing is
     * drawable.
     */
    private static double[][] path(double[] x, double[] y, Mapping mapping) {
        List<double[]> points = new ArrayList<>();
        for (double[][] run : mapping.runs(x, y)) {
            if (!points.isEmpty()) {
                points.add(new double[] {points.get(points.size() - 1)[0], Double.NaN});
            }
            double[][] fine = mapping.subdivide(run, STEP);
            for (int i = 0; i < fine[0].length; i++) {
                points.add(new double[] {fine[0][i], fine[1][i]});
            }
        }
        return Mapping.columns(points);
    }

    /** Adds a prepared path as one continuous line (nothing if it is empty). */
    private static void addPath(XYChart chart, String name, Color color, BasicStroke stroke, double[][] path,
                                Mapping mapping) {
        if (path[0].length == 0) {
            return;
        }
        XYSeries series = add(chart, name, path, mapping);
        series.setSmooth(true);
        series.setLineColor(color);
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
    }

    /** Where an entry's markers go, transformed: at least one point when anything is drawable. */
    private static double[][] marks(Entry entry, double phase, Mapping mapping) {
        if (entry.level) {
            return new double[2][0];
        }
        List<double[][]> runs = mapping.runs(entry.x, entry.y);
        List<double[]> points = new ArrayList<>();
        if (entry.everyPoint) {
            for (double[][] run : runs) {
                for (int i = 0; i < run[0].length; i++) {
                    points.add(new double[] {run[0][i], run[1][i]});
                }
            }
            return Mapping.columns(points);
        }
        double[][] along = mapping.along(runs, MARKS_PER_LINE, phase);
        return along[0].length == 0 && !runs.isEmpty() ? new double[][] {{runs.get(0)[0][0]}, {runs.get(0)[1][0]}} : along;
    }

    /**
     * Adds an entry's markers, each followed by a gap so that XChart draws no line between them
     * (the line style still shows in the legend). A key (no data) becomes one gap at the left edge,
     * and so does a level (its line is drawn as a path, so only its legend entry is added here, once
     * the line is drawable); an entry with data none of which is drawable adds nothing.
     */
    private void addMarks(XYChart chart, String name, Entry entry, double[][] marks, boolean inLegend, Mapping mapping) {
        boolean key = entry.key || entry.level && mapping.runs(entry.x, entry.y).stream().anyMatch(r -> r[0].length > 0);
        if (!key && marks[0].length == 0) {
            return;
        }
        int n = key ? 1 : marks[0].length;
        double[][] points = new double[2][2 * n];
        for (int i = 0; i < n; i++) {
            points[0][2 * i] = key ? mapping.xLow() : marks[0][i];
            points[1][2 * i] = key ? Double.NaN : marks[1][i];
            points[0][2 * i + 1] = points[0][2 * i];
            points[1][2 * i + 1] = Double.NaN;
        }
        XYSeries series = add(chart, name, points, mapping);
        series.setLabel(entry.label);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(entry.look.color());
        series.setLineStyle(entry.line ? entry.look.dash().stroke(style.lineWidth() * entry.width) : SeriesLines.NONE);
        series.setMarker(entry.level ? SeriesMarkers.NONE : Markers.of(entry.look.marker()));
        series.setMarkerColor(entry.look.color());
        series.setShowInLegend(inLegend);
    }
}
