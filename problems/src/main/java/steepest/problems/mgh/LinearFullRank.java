package steepest.problems.mgh;

/**
 * MGH problem 32, linear function — full rank: n &gt;= 1, m &gt;= n, rᵢ = xᵢ − (2/m)Σⱼ xⱼ − 1 for
 * i &lt;= n and rᵢ = −(2/m)Σⱼ xⱼ − 1 for i &gt; n; x0 = (1, ..., 1); f* = m − n at (−1, ..., −1). A
 * strongly convex quadratic. Moré, Garbow and Hillstrom (1981).
 */
public final class LinearFullRank extends MghFunction {

    private double sum;

    /**
     * @param n the dimension, &gt;= 1
     * @param m the number of residuals, &gt;= n
     */
    public LinearFullRank(int n, int m) {
        super(atLeast("n", n, 1), atLeast("m", m, n));
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
        double c = 2.0 / residualCount();
        if (gradient != null) {
            java.util.Arrays.fill(gradient, -c);
            if (i < dimension()) {
                gradient[i] += 1;
            }
        }
        return (i < dimension() ? x[i] : 0) - c * sum - 1;
    }

    @Override
    public double[] standardStart() {
        return filled(dimension(), 1);
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(residualCount() - dimension(), filled(dimension(), -1));
    }
}
