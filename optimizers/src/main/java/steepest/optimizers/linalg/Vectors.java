package steepest.optimizers.linalg;

/**
 * The dense vector kernels every algorithm shares, written once: plain loops over {@code double[]}
 * that the JIT vectorizes, with output arguments so that nothing is allocated.
 */
public final class Vectors {

    private Vectors() {
    }

    /**
     * ⟨a, b⟩, summed in eight interleaved partial sums (entries i mod 8, the remainder into the
     * first) added pairwise at the end: independent chains of additions run two to three times as
     * fast as one, whose every addition waits for the previous (the JIT does not reorder floating
     * point sums), and the rounding error grows no faster. Neither array is modified.
     */
    public static double dot(double[] a, double[] b) {
        return dot(a, b, 0, a.length);
    }

    /** Σ_{from <= i < to} aᵢbᵢ, summed as {@link #dot(double[], double[])} sums. Neither array is modified. */
    public static double dot(double[] a, double[] b, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = from;
        for (; i + 7 < to; i += 8) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
            s4 += a[i + 4] * b[i + 4];
            s5 += a[i + 5] * b[i + 5];
            s6 += a[i + 6] * b[i + 6];
            s7 += a[i + 7] * b[i + 7];
        }
        for (; i < to; i++) {
            s0 += a[i] * b[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * ‖a‖₂ = √dot(a, a), scaled against overflow only when the plain sum of squares overflows or
     * underflows.
     */
    public static double norm2(double[] a) {
        return norm2(a, 0, a.length);
    }

    /** The Euclidean norm of the entries from ≤ i &lt; to, as {@link #norm2(double[])} computes it. */
    public static double norm2(double[] a, int from, int to) {
        double sum = dot(a, a, from, to);
        if (sum > Double.MIN_NORMAL && sum < Double.POSITIVE_INFINITY) {
            return Math.sqrt(sum);
        }
        return scaledNorm2(a, from, to);
    }

    private static double scaledNorm2(double[] a, int from, int to) {
        double scale = normInf(a, from, to);
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            double r = a[i] / scale;
            sum += r * r;
        }
        return scale * Math.sqrt(sum);
    }

    /** max |aᵢ| (NaN if any entry is NaN). */
    public static double normInf(double[] a) {
        return normInf(a, 0, a.length);
    }

    /** max |aᵢ| over from ≤ i &lt; to (NaN if any of those entries is NaN). */
    public static double normInf(double[] a, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            double m = Math.abs(a[i]);
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
        axpy(alpha, x, y, 0, y.length);
    }

    /** yᵢ ← yᵢ + alpha·xᵢ for from ≤ i &lt; to. x is not modified; y is. */
    public static void axpy(double alpha, double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** out ← x + alpha·d. x and d are not modified; out is (it may alias x). */
    public static void addScaled(double[] x, double alpha, double[] d, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] + alpha * d[i];
        }
    }

    /**
     * out ← x + alpha·d, returning ⟨z, out⟩ from the same pass (summed as {@link #dot} sums, so the
     * result equals dot(z, out) after {@link #addScaled} exactly): one read of x instead of two
     * where an update is followed by a product with the result, as in the L-BFGS two-loop
     * recursion. x, d and z are not modified; out is (it may alias x).
     */
    public static double addScaledDot(double[] x, double alpha, double[] d, double[] out, double[] z) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int n = out.length;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            double v0 = x[i] + alpha * d[i];
            double v1 = x[i + 1] + alpha * d[i + 1];
            double v2 = x[i + 2] + alpha * d[i + 2];
            double v3 = x[i + 3] + alpha * d[i + 3];
            double v4 = x[i + 4] + alpha * d[i + 4];
            double v5 = x[i + 5] + alpha * d[i + 5];
            double v6 = x[i + 6] + alpha * d[i + 6];
            double v7 = x[i + 7] + alpha * d[i + 7];
            out[i] = v0;
            out[i + 1] = v1;
            out[i + 2] = v2;
            out[i + 3] = v3;
            out[i + 4] = v4;
            out[i + 5] = v5;
            out[i + 6] = v6;
            out[i + 7] = v7;
            s0 += z[i] * v0;
            s1 += z[i + 1] * v1;
            s2 += z[i + 2] * v2;
            s3 += z[i + 3] * v3;
            s4 += z[i + 4] * v4;
            s5 += z[i + 5] * v5;
            s6 += z[i + 6] * v6;
            s7 += z[i + 7] * v7;
        }
        for (; i < n; i++) {
            double v = x[i] + alpha * d[i];
            out[i] = v;
            s0 += z[i] * v;
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** out ← a·x + b·y. x and y are not modified; out is (it may alias x or y). */
    public static void combine(double a, double[] x, double b, double[] y, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a * x[i] + b * y[i];
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
