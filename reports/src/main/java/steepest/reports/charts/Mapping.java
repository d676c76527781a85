package steepest.reports.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a figure's data land on the chart, estimated: coordinates are transformed (log10 on a log
 * axis) and scaled to chart units over the figure's range, taking the plot as large as the whole
 * chart, so lengths are overestimated, never under. Used to place markers evenly along a line and
 * to subdivide long segments; the transformed coordinates then go to XChart through each axis'
 * {@link AxisScale}.
 */
final class Mapping {

    private final AxisScale x;
    private final AxisScale y;
    private final double[] bounds;
    private final double xScale;
    private final double yScale;

    /**
     * @param bounds transformed {xMin, xMax, yMin, yMax} of everything shown
     */
    Mapping(AxisScale x, AxisScale y, double[] bounds, double width, double height) {
        this.x = x;
        this.y = y;
        this.bounds = bounds.clone();
        this.xScale = width / span(bounds[0], bounds[1]);
        this.yScale = height / span(bounds[2], bounds[3]);
    }

    private static double span(double low, double high) {
        double span = high - low;
        return span > 0 && Double.isFinite(span) ? span : 1;
    }

    /** The smallest transformed x shown. */
    double xLow() {
        return bounds[0];
    }

    /** The smallest transformed y shown. */
    double yLow() {
        return bounds[2];
    }

    /** The x axis. */
    AxisScale x() {
        return x;
    }

    /** The y axis. */
    AxisScale y() {
        return y;
    }

    /**
     * The runs of consecutive points both axes can show, as transformed {x, y} arrays; a point
     * either axis cannot show ends a run.
     */
    List<double[][]> runs(double[] xs, double[] ys) {
        List<double[][]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= xs.length; i++) {
            boolean shown = i < xs.length && x.fits(xs[i]) && y.fits(ys[i]);
            if (!shown) {
                if (i > start) {
                    double[][] run = new double[2][i - start];
                    for (int k = start; k < i; k++) {
                        run[0][k - start] = x.forward(xs[k]);
                        run[1][k - start] = y.forward(ys[k]);
                    }
                    runs.add(run);
                }
                start = i + 1;
            }
        }
        return runs;
    }

    /** The length of segment i−1 → i of a transformed run, in chart units. */
    private double length(double[][] run, int i) {
        return Math.hypot((run[0][i] - run[0][i - 1]) * xScale, (run[1][i] - run[1][i - 1]) * yScale);
    }

    /**
     * A transformed run with points inserted so that no segment spans more than {@code step} chart
     * units in both directions at once. XChart's smooth path draws each segment as a cubic with
     * horizontal tangents, which strays from the straight segment by at most 0.15 of the smaller
     * of its two extents: with subdivision, by at most 0.15 step; axis-parallel segments stay exact.
     */
    double[][] subdivide(double[][] run, double step) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {run[0][0], run[1][0]});
        for (int i = 1; i < run[0].length; i++) {
            double dx = Math.abs(run[0][i] - run[0][i - 1]) * xScale;
            double dy = Math.abs(run[1][i] - run[1][i - 1]) * yScale;
            int pieces = (int) Math.ceil(Math.min(dx, dy) / step);
            for (int k = 1; k < pieces; k++) {
                double t = (double) k / pieces;
                points.add(new double[] {run[0][i - 1] + t * (run[0][i] - run[0][i - 1]),
                    run[1][i - 1] + t * (run[1][i] - run[1][i - 1])});
            }
            points.add(new double[] {run[0][i], run[1][i]});
        }
        return columns(points);
    }

    /**
     * Transformed points {@code count} evenly spaced along the runs' total length, the first at
     * {@code phase} (in [0, 1)) of a spacing, so that markers of different lines do not coincide.
     */
    double[][] along(List<double[][]> runs, int count, double phase) {
        double total = 0;
        for (double[][] run : runs) {
            for (int i = 1; i < run[0].length; i++) {
                total += length(run, i);
            }
        }
        List<double[]> points = new ArrayList<>();
        double walked = 0;
        for (double[][] run : runs) {
            for (int i = 1; i < run[0].length; i++) {
                double length = length(run, i);
                while (points.size() < count && (points.size() + phase) * total / count <= walked + length) {
                    double t = length == 0 ? 0 : ((points.size() + phase) * total / count - walked) / length;
                    points.add(new double[] {run[0][i - 1] + t * (run[0][i] - run[0][i - 1]),
                        run[1][i - 1] + t * (run[1][i] - run[1][i - 1])});
                }
                walked += length;
            }
        }
        return columns(points);
    }

    /** Points {x, y} as two arrays {xs, ys}. */
    static double[][] columns(List<double[]> points) {
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }
}
