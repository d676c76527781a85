package steepest.problems.mgh;

/**
 * MGH problem 29, discrete integral equation: n &gt;= 1, m = n, h = 1/(n + 1), tᵢ = ih,
 * rᵢ = xᵢ + h[(1 − tᵢ)Σⱼ₌₁ⁱ tⱼ(xⱼ + tⱼ + 1)³ + tᵢΣⱼ₌ᵢ₊₁ⁿ (1 − tⱼ)(xⱼ + tⱼ + 1)³]/2 (a trapezoidal
 * discretization of a nonlinear integral equation); x0 = (tⱼ(tⱼ − 1)). f* = 0; the minimizer is
 * computed by Newton's method when the problem is created, for n &lt;= 200. The Jacobian is dense:
 * one evaluation costs O(n²). Moré and Cosnard (1979).
 */
public final class DiscreteIntegralEquation extends MghFunction {

    private final double h;

    /** @param n the dimension, &gt;= 1 */
    public DiscreteIntegralEquation(int n) {
        super(atLeast("n", n, 1), n);
        h = 1.0 / (n + 1);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double ti = (i + 1) * h;
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            double tj = (j + 1) * h;
            double weight = h / 2 * (j <= i ? (1 - ti) * tj : ti * (1 - tj));
            double u = x[j] + tj + 1;
            sum += weight * u * u * u;
            if (gradient != null) {
                gradient[j] = 3 * weight * u * u;
            }
            if (curvature != null) {
                curvature[j] = 6 * weight * u * direction[j];
            }
        }
        if (gradient != null) {
            gradient[i] += 1;
        }
        return x[i] + sum;
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
