package steepest.problems.mgh;

/**
 * MGH problem 6, Jennrich and Sampson: n = 2, m &gt;= 2 (standard m = 10),
 * rᵢ = 2 + 2i − (e^(i·x₁) + e^(i·x₂)); x0 = (0.3, 0.4). f* = 124.362... at x₁ = x₂ = 0.2578... for
 * m = 10 (stated to full precision); unknown for other m. Jennrich and Sampson, "Application of
 * stepwise regression to nonlinear estimation", Technometrics 10, 1968.
 */
public final class JennrichSampson extends MghFunction {

    /** @param m the number of residuals, &gt;= 2 */
    public JennrichSampson(int m) {
        super(2, atLeast("m", m, 2));
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double k = i + 1;
        double e0 = Math.exp(k * x[0]);
        double e1 = Math.exp(k * x[1]);
        if (gradient != null) {
            gradient[0] = -k * e0;
            gradient[1] = -k * e1;
        }
        if (curvature != null) {
            curvature[0] = -k * k * e0 * direction[0];
            curvature[1] = -k * k * e1 * direction[1];
        }
        return 2 + 2 * k - (e0 + e1);
    }

    @Override
    public double[] standardStart() {
        return new double[] {0.3, 0.4};
    }

    @Override
    public Optimum optimum() {
        return residualCount() == 10 ? Optimum.at(124.36218235561483, 0.2578252136703641, 0.2578252136703641)
                : Optimum.UNKNOWN;
    }
}
