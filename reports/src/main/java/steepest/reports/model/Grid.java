package steepest.reports.model;

import java.util.function.DoubleBinaryOperator;

/**
 * A function of two variables sampled on a rectangular grid: {@code z[j][i] = f(x[i], y[j])}. NaN
 * marks a sample where f is undefined; level sets skip the cells around it.
 *
 * @param x the grid's abscissae, strictly increasing, at least two (a copy is kept)
 * @param y the grid's ordinates, strictly increasing, at least two (a copy is kept)
 * @param z the samples, {@code y.length} rows of {@code x.length} (a deep copy is kept)
 */
public record Grid(double[] x, double[] y, double[][] z) {

    /** Validates the shape and the order of the axes; copies everything. */
    public Grid {
        Checks.increasing("grid", "x", x);
        Checks.increasing("grid", "y", y);
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("grid needs at least 2 x 2 samples, got " + x.length + " x " + y.length);
        }
        Checks.sameLength("grid", y.length, "rows of z (one per y)", z.length);
        double[][] copy = new double[z.length][];
        for (int j = 0; j < z.length; j++) {
            Checks.sameLength("grid row " + j, x.length, "z", z[j].length);
            copy[j] = z[j].clone();
        }
        x = x.clone();
        y = y.clone();
        z = copy;
    }

    /**
     * Samples {@code f} on {@code nx} × {@code ny} evenly spaced points of [xMin, xMax] × [yMin, yMax];
     * values that are not finite are stored as NaN.
     */
    public static Grid sample(DoubleBinaryOperator f, double xMin, double xMax, int nx, double yMin, double yMax,
                              int ny) {
        double[] x = evenly(xMin, xMax, nx);
        double[] y = evenly(yMin, yMax, ny);
        double[][] z = new double[ny][nx];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double value = f.applyAsDouble(x[i], y[j]);
                z[j][i] = Double.isFinite(value) ? value : Double.NaN;
            }
        }
        return new Grid(x, y, z);
    }

    private static double[] evenly(double low, double high, int count) {
        if (count < 2 || !(low < high)) {
            throw new IllegalArgumentException("need at least 2 points on [" + low + ", " + high + "], got " + count);
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i == count - 1 ? high : low + (high - low) * i / (count - 1);
        }
        return values;
    }

    /** The abscissae (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** The ordinates (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The samples (a deep copy). */
    @Override
    public double[][] z() {
        double[][] copy = new double[z.length][];
        for (int j = 0; j < z.length; j++) {
            copy[j] = z[j].clone();
        }
        return copy;
    }

    /** The sample at column {@code i}, row {@code j}, without copying. */
    public double at(int i, int j) {
        return z[j][i];
    }

    /** The smallest and largest defined samples, {min, max}; NaN if none is defined. */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : z) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min <= max ? new double[] {min, max} : new double[] {Double.NaN, Double.NaN};
    }
}
