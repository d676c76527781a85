package steepest.problems.mgh;

/**
 * MGH problem 30, Broyden tridiagonal: n &gt;= 1, m = n, rᵢ = (3 − 2xᵢ)xᵢ − xᵢ₋₁ − 2xᵢ₊₁ + 1 with
 * x₀ = xₙ₊₁ = 0; x0 = (−1, ..., −1). f* = 0; the minimizer is computed by Newton's method when the
 * problem is created, for n &lt;= 200. Broyden, "A class of methods for solving nonlinear
 * simultaneous equations", Math. Comp. 19, 1965.
 */
public final class BroydenTridiagonal extends MghFunction {

    /** @param n the dimension, &gt;= 1 */
    public BroydenTridiagonal(int n) {
        super(atLeast("n", n, 1), n);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double left = i > 0 ? x[i - 1] : 0;
        double right = i + 1 < x.length ? x[i + 1] : 0;
        if (gradient != null) {
            gradient[i] = 3 - 4 * x[i];
            if (i > 0) {
                gradient[i - 1] = -1;
            }
            if (i + 1 < x.length) {
                gradient[i + 1] = -2;
            }
        }
        if (curvature != null) {
            curvature[i] = -4 * direction[i];
        }
        return (3 - 2 * x[i]) * x[i] - left - 2 * right + 1;
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
        return filled(dimension(), -1);
    }

    @Override
    public Optimum optimum() {
        return new Optimum(0, ZeroResidual.solve(this, standardStart()));
    }
}
