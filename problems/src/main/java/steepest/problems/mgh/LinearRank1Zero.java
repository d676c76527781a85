package steepest.problems.mgh;

/**
 * MGH problem 34, linear function — rank 1 with zero columns and rows: n &gt;= 3, m &gt;= n,
 * r₁ = rₘ = −1 and rᵢ = (i − 1)(Σⱼ₌₂ⁿ⁻¹ j·xⱼ) − 1 for 2 &lt;= i &lt;= m − 1 (x₁ and xₙ do not appear);
 * x0 = (1, ..., 1); f* = (m² + 3m − 6)/(2(2m − 3)) at every x with Σⱼ₌₂ⁿ⁻¹ j·xⱼ = 3/(2m − 3), for
 * instance x₂ = 3/(2(2m − 3)), the rest 0, which is stated. Convex. Moré, Garbow and Hillstrom (1981).
 */
public final class LinearRank1Zero extends MghFunction {

    private double weightedSum;

    /**
     * @param n the dimension, &gt;= 3
     * @param m the number of residuals, &gt;= n
     */
    public LinearRank1Zero(int n, int m) {
        super(atLeast("n", n, 3), atLeast("m", m, n));
    }

    @Override
    protected void prepare(double[] x) {
        double s = 0;
        for (int j = 1; j < x.length - 1; j++) {
            s += (j + 1) * x[j];
        }
        weightedSum = s;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        if (i == 0 || i == residualCount() - 1) {
            return -1;
        }
        if (gradient != null) {
            for (int j = 1; j < x.length - 1; j++) {
                gradient[j] = (double) i * (j + 1);
            }
        }
        return i * weightedSum - 1;
    }

    @Override
    protected int supportStart(int i) {
        return 1;
    }

    @Override
    protected int supportEnd(int i) {
        return dimension() - 1;
    }

    @Override
    public double[] standardStart() {
        return filled(dimension(), 1);
    }

    @Override
    public Optimum optimum() {
        double m = residualCount();
        double[] x = new double[dimension()];
        x[1] = 3 / (2 * (2 * m - 3));
        return Optimum.at((m * m + 3 * m - 6) / (2 * (2 * m - 3)), x);
    }
}
