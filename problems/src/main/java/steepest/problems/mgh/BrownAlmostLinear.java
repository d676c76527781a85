package steepest.problems.mgh;

/**
 * MGH problem 27, Brown almost-linear: n &gt;= 1, m = n, rᵢ = xᵢ + Σⱼ xⱼ − (n + 1) for i &lt; n,
 * rₙ = Πⱼ xⱼ − 1; x0 = (1/2, ..., 1/2). f* = 0 at (α, ..., α, α^(1−n)) with nαⁿ − (n + 1)α^(n−1) + 1 = 0,
 * in particular at (1, ..., 1), which is stated; the paper also lists f = 1 at (0, ..., 0, n + 1).
 * Brown, "A quadratically convergent Newton-like method based upon Gaussian elimination", SIAM J.
 * Numer. Anal. 6, 1969. The product's derivatives use prefix and suffix products (no division, so
 * zeros in x are handled exactly).
 */
public final class BrownAlmostLinear extends MghFunction {

    private final double[] prefix;
    private final double[] prefixTangent;
    private double sum;

    /** @param n the dimension, &gt;= 1 */
    public BrownAlmostLinear(int n) {
        super(atLeast("n", n, 1), n);
        prefix = new double[n];
        prefixTangent = new double[n];
    }

    @Override
    protected void prepare(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        sum = s;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int n = dimension();
        if (i < n - 1) {
            if (gradient != null) {
                java.util.Arrays.fill(gradient, 0, n, 1.0);
                gradient[i] = 2;
            }
            return x[i] + sum - (n + 1);
        }
        // prefix[j] = Π_{k<j} x_k and its derivative along v; then a backward sweep with the suffix
        double p = 1;
        double pv = 0;
        for (int j = 0; j < n; j++) {
            prefix[j] = p;
            prefixTangent[j] = pv;
            if (direction != null) {
                pv = pv * x[j] + p * direction[j];
            }
            p *= x[j];
        }
        if (gradient != null || curvature != null) {
            double s = 1;
            double sv = 0;
            for (int j = n - 1; j >= 0; j--) {
                if (gradient != null) {
                    gradient[j] = prefix[j] * s;                          // Π_{k≠j} x_k
                }
                if (curvature != null) {
                    curvature[j] = prefixTangent[j] * s + prefix[j] * sv;   // d/dε Π_{k≠j}(x_k + εv_k)
                    sv = sv * x[j] + s * direction[j];
                }
                s *= x[j];
            }
        }
        return p - 1;
    }

    @Override
    public double[] standardStart() {
        return filled(dimension(), 0.5);
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, filled(dimension(), 1));
    }
}
