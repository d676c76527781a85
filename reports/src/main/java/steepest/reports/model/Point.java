package steepest.reports.model;

/**
 * A point of the plane, such as a known minimizer on a contour plot.
 *
 * @param x the abscissa (finite)
 * @param y the ordinate (finite)
 */
public record Point(double x, double y) {

    /** Requires finite coordinates. */
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point (" + x + ", " + y + ") is not finite");
        }
    }
}
