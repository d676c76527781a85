package steepest.reports.model;

/** Level values for contour plots. */
public final class ContourLevels {

    /** Below this ratio of the range, log-spaced levels above the minimum stop (the floor of {@link #aboveMinimum}). */
    private static final double SMALLEST_RELATIVE_LEVEL = 1e-5;

    private ContourLevels() {
    }

    /** {@code count} evenly spaced levels from {@code low} to {@code high} inclusive. */
    public static double[] linear(double low, double high, int count) {
        check(low, high, count);
        double[] levels = new double[count];
        for (int i = 0; i < count; i++) {
            levels[i] = count == 1 ? low : low + (high - low) * i / (count - 1);
        }
        return levels;
    }

    /** {@code count} log-spaced levels from {@code low} to {@code high} inclusive; both must be positive. */
    public static double[] logarithmic(double low, double high, int count) {
        check(low, high, count);
        if (!(low > 0)) {
            throw new IllegalArgumentException("log-spaced levels need a positive lower level, got " + low);
        }
        double[] exponents = linear(Math.log10(low), Math.log10(high), count);
        double[] levels = new double[count];
        for (int i = 0; i < count; i++) {
            levels[i] = Math.pow(10, exponents[i]);
        }
        return levels;
    }

    /**
     * {@code count} levels for a function with a sharp minimum and a wide range (Rosenbrock, Beale):
     * m + d for the first {@code count} of {@code count + 1} values of d log-spaced from
     * max(smallest positive z − m, 1e-5 (M − m)) to M − m, where m and M are the smallest and
     * largest samples of the grid (the level M itself would cross no cell).
     */
    public static double[] aboveMinimum(Grid grid, int count) {
        double[] range = grid.range();
        double min = range[0];
        double spread = range[1] - min;
        if (!(spread > 0)) {
            throw new IllegalArgumentException("the grid is constant or undefined: no levels");
        }
        double smallest = spread;
        for (double[] row : grid.z()) {
            for (double v : row) {
                if (v - min > 0) {
                    smallest = Math.min(smallest, v - min);
                }
            }
        }
        double low = Math.max(smallest, spread * SMALLEST_RELATIVE_LEVEL);
        double[] spaced = logarithmic(low, spread, count + 1);
        double[] levels = new double[count];
        for (int i = 0; i < count; i++) {
            levels[i] = min + spaced[i];
        }
        return levels;
    }

    private static void check(double low, double high, int count) {
        if (count < 1 || !Double.isFinite(low) || !Double.isFinite(high) || (count > 1 && !(low < high))) {
            throw new IllegalArgumentException("need 1 or more levels on a finite [low, high] with low < high, got "
                    + count + " on [" + low + ", " + high + "]");
        }
    }
}
