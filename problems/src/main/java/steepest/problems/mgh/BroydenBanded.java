package steepest.problems.mgh;

/**
 * MGH problem 31, Broyden banded: n &gt;= 1, m = n, rᵢ = xᵢ(2 + 5xᵢ²) + 1 − Σ_{j∈Jᵢ} xⱼ(1 + xⱼ) with
 * Jᵢ = {j ≠ i : max(1, i − 5) &lt;= j &lt;= min(n, i + 1)} (5 sub- and 1 superdiagonal);
 * x0 = (−1, ..., −1). f* = 0; the minimizer is computed by Newton's method when the problem is
 * created, for n &lt;= 200. Broyden, "The convergence of an algorithm for solving sparse nonlinear
 * systems", Math. Comp. 25, 1971.
 */
public final class BroydenBanded extends MghFunction {

    private static final int LOWER = 5;
    private static final int UPPER = 1;

    /** @param n the dimension, &gt;= 1 */
    public BroydenBanded(int n) {
        super(atLeast("n", n, 1), n);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double r = x[i] * (2 + 5 * x[i] * x[i]) + 1;
        if (gradient != null) {
            gradient[i] = 2 + 15 * x[i] * x[i];
        }
        if (curvature != null) {
            curvature[i] = 30 * x[i] * direction[i];
        }
        for (int j = supportStart(i); j < supportEnd(i); j++) {
            if (j != i) {
                r -= x[j] * (1 + x[j]);
                if (gradient != null) {
                    gradient[j] = -(1 + 2 * x[j]);
                }
                if (curvature != null) {
                    curvature[j] = -2 * direction[j];
                }
            }
        }
        return r;
    }

    @Override
    protected int supportStart(int i) {
        return Math.max(0, i - LOWER);
    }

    @Override
    protected int supportEnd(int i) {
        return Math.min(dimension(), i + UPPER + 1);
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
