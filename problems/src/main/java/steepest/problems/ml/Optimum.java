package steepest.problems.ml;

/**
 * A computed minimizer of a convex model and its value, f* = f(x*), with the certificate that
 * admitted it; {@link #UNKNOWN} when none was computed.
 *
 * @param value f(x*), or NaN
 * @param point x*, or null (not copied: optima are shared read-only and {@link
 *              steepest.problems.Problem} copies it)
 */
record Optimum(double value, double[] point) {

    /** No optimum: f* = NaN, no minimizer. */
    static final Optimum UNKNOWN = new Optimum(Double.NaN, null);
}
