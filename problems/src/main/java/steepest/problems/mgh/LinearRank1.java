package steepest.problems.mgh;

/**
 * MGH problem 33, linear function — rank 1: n &gt;= 1, m &gt;= n, rᵢ = i(Σⱼ j·xⱼ) − 1;
 * x0 = (1, ..., 1); f* = m(m − 1)/(2(2m + 1)) at every x with Σⱼ j·xⱼ = 3/(2m + 1), for instance
 * (3/(2m + 1), 0, ..., 0), which is stated. Convex, with an (n − 1)-dimensional set of minimizers.
 * Moré, Garbow and Hillstrom (1981).
 */
public final class LinearRank1 extends MghFunction {

    private double weightedSum;

    /**
     * @param n the dimension, &gt;= 1
     * @param m the number of residuals, &gt;= n
     */
    public LinearRank1(int n, int m) {
        super(atLeast("n", n, 1), atLeast("m", m, n));
    }

    @Override
    protected void prepare(double[] x) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += (j + 1) * x[j];
        }
        weightedSum = s;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int k = i + 1;
        if (gradient != null) {
            for (int j = 0; j < x.length; j++) {
                gradient[j] = (double) k * (j + 1);
            }
        }
        return k * weightedSum - 1;
    }

    @Override
    public double[] standardStart() {
        return filled(dimension(), 1);
    }

    @Override
    public Optimum optimum() {
        double m = residualCount();
        double[] x = new double[dimension()];
        x[0] = 3 / (2 * m + 1);
        return Optimum.at(m * (m - 1) / (2 * (2 * m + 1)), x);
    }
}
