package steepest.problems.mgh;

/**
 * Newton's method for a square system r(x) = 0 with the dense Jacobian and Gaussian elimination with
 * partial pivoting: finds the minimizer of a zero-residual problem (f* = 0) whose solution has no
 * closed form, to full double precision. Used when a problem is created, so only up to
 * {@link #MAX_DIMENSION} variables (O(n³) per step).
 */
final class ZeroResidual {

    /** The largest n solved; larger instances state f* = 0 without a minimizer. */
    static final int MAX_DIMENSION = 200;

    private static final int MAX_ITERATIONS = 50;

    private ZeroResidual() {
    }

    /**
     * A zero of {@code f}'s residuals near {@code start}, or null when n &gt; {@link #MAX_DIMENSION}
     * or Newton's method does not bring max |rᵢ| below 1e-13.
     */
    static double[] solve(SumOfSquares f, double[] start) {
        int n = f.dimension();
        if (n > MAX_DIMENSION || f.residualCount() != n) {
            return null;
        }
        double[] x = start.clone();
        double[] r = new double[n];
        double[][] jacobian = new double[n][n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            f.residuals(x, r);
            f.jacobian(x, jacobian);
            double[] step = solveLinear(jacobian, r);
            if (step == null) {
                return null;
            }
            double size = 0;
            double scale = 0;
            for (int j = 0; j < n; j++) {
                x[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
                scale = Math.max(scale, Math.abs(x[j]));
            }
            if (size <= 1e-15 * (1 + scale)) {
                break;
            }
        }
        f.residuals(x, r);
        for (double v : r) {
            if (!(Math.abs(v) <= 1e-13)) {
                return null;
            }
        }
        return x;
    }

    /** Solves a·s = b (a and b are overwritten); null if a is numerically singular. */
    private static double[] solveLinear(double[][] a, double[] b) {
        int n = b.length;
        for (int k = 0; k < n; k++) {
            int pivot = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[pivot][k])) {
                    pivot = i;
                }
            }
            if (a[pivot][k] == 0) {
                return null;
            }
            double[] row = a[k];
            a[k] = a[pivot];
            a[pivot] = row;
            double t = b[k];
            b[k] = b[pivot];
            b[pivot] = t;
            for (int i = k + 1; i < n; i++) {
                double factor = a[i][k] / a[k][k];
                if (factor != 0) {
                    for (int j = k; j < n; j++) {
                        a[i][j] -= factor * a[k][j];
                    }
                    b[i] -= factor * b[k];
                }
            }
        }
        double[] s = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int j = i + 1; j < n; j++) {
                sum -= a[i][j] * s[j];
            }
            s[i] = sum / a[i][i];
        }
        return s;
    }
}
