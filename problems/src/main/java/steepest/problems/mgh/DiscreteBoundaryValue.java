package steepest.problems.mgh;

/**
 * MGH problem 28, discrete boundary value: n &gt;= 1, m = n, h = 1/(n + 1), tᵢ = ih,
 * rᵢ = 2xᵢ − xᵢ₋₁ − xᵢ₊₁ + h²(xᵢ + tᵢ + 1)³/2 with x₀ = xₙ₊₁ = 0 (a finite-difference two-point
 * boundary value problem); x0 = (tⱼ(tⱼ − 1)). f* = 0; the minimizer (the discrete solution) is computed
 * by Newton's method when the problem is created, for n &lt;= 200 (beyond, only f* is stated). Moré
 * and Cosnard, "Numerical solution of nonlinear equations", ACM TOMS 5, 1979.
 */
public final class DiscreteBoundaryValue extends MghFunction {

    private final double h;

    /** @param n the dimension, &gt;= 1 */
    public DiscreteBoundaryValue(int n) {
        super(atLeast("n", n, 1), n);
        h = 1.0 / (n + 1);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double u = x[i] + (i + 1) * h + 1;
        double left = i > 0 ? x[i - 1] : 0;
        double right = i + 1 < x.length ? x[i + 1] : 0;
        if (gradient != null) {
            gradient[i] = 2 + 1.5 * h * h * u * u;
            if (i > 0) {
                gradient[i - 1] = -1;
            }
            if (i + 1 < x.length) {
                gradient[i + 1] = -1;
            }
        }
        if (curvature != null) {
            curvature[i] = 3 * h * h * u * direction[i];
        }
        return 2 * x[i] - left - right + h * h * u * u * u / 2;
    }

    @Override
    protected int supportStart(int i) {
        return Math.max(0, i - 1);
    }

    @Override
    protected int supportEnd(int i) {
        return Math.min(dimension(), i + 2);
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension()];
        for (int j = 0; j < x.length; j++) {
            double t = (j + 1) * h;
            x[j] = t * (t - 1);
        }
        return x;
    }

    @Override
    public Optimum optimum() {
        return new Optimum(0, ZeroResidual.solve(this, standardStart()));
    }
}
