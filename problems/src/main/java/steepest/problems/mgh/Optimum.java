package steepest.problems.mgh;

/**
 * A known minimum of one problem instance: the value f* and, where known, a minimizer x*. A
 * minimizer given here was either stated in closed form by the paper or computed to full double
 * precision by {@code problems/src/test/python/mgh_optima.py} (Newton's method in extended
 * precision); its f* is then f evaluated at that double-precision point in extended precision.
 *
 * @param value f*, or NaN when unknown
 * @param point a minimizer (copied), or null when unknown
 */
public record Optimum(double value, double[] point) {

    /** Nothing is known. */
    public static final Optimum UNKNOWN = new Optimum(Double.NaN, null);

    /** Copies the point. */
    public Optimum {
        point = point == null ? null : point.clone();
    }

    /** f* = value at x* = point. */
    public static Optimum at(double value, double... point) {
        return new Optimum(value, point);
    }

    /** The minimizer (a copy), or null. */
    @Override
    public double[] point() {
        return point == null ? null : point.clone();
    }
}
