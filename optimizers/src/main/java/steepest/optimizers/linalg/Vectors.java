package steepest.optimizers.linalg;

/**
 * The dense vector kernels every algorithm shares, written once: plain loops over {@code double[]}
 * that the JIT vectorizes, with output arguments so that nothing is allocated.
 */
public final class Vectors {

    private Vectors() {
    }

    /** ⟨a, b⟩. Neither array is modified. */
    public static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** ‖a‖₂, scaled against overflow only when the plain sum of squares overflows or underflows. */
    public static double norm2(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v * v;
        }
        if (sum > Double.MIN_NORMAL && sum < Double.POSITIVE_INFINITY) {
            return Math.sqrt(sum);
        }
        return scaledNorm2(a);
    }

    private static double scaledNorm2(double[] a) {
        double scale = normInf(a);
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0;
        for (double v : a) {
            double r = v / scale;
            sum += r * r;
        }
        return scale * Math.sqrt(sum);
    }

    /** max |aᵢ| (NaN if any entry is NaN). */
    public static double normInf(double[] a) {
        double max = 0;
        for (double v : a) {
            double m = Math.abs(v);
            if (m > max || Double.isNaN(m)) {
                max = m;
            }
        }
        return max;
    }

    /** Σ |aᵢ|. */
    public static double norm1(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += Math.abs(v);
        }
        return sum;
    }

    /** y ← y + alpha·x. x is not modified; y is. */
    public static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** out ← x + alpha·d. x and d are not modified; out is (it may alias x). */
    public static void addScaled(double[] x, double alpha, double[] d, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] + alpha * d[i];
        }
    }

    /** x ← alpha·x. Modified. */
    public static void scale(double alpha, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= alpha;
        }
    }

    /** Whether every entry is finite. */
    public static boolean isFinite(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v * 0.0;
        }
        return sum == 0.0;
    }
}
