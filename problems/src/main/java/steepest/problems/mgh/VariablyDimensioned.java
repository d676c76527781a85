package steepest.problems.mgh;

/**
 * MGH problem 25, variably dimensioned: n &gt;= 1, m = n + 2, rᵢ = xᵢ − 1 for i = 1..n,
 * rₙ₊₁ = Σⱼ j(xⱼ − 1), rₙ₊₂ = rₙ₊₁²; x0 = (1 − j/n); f* = 0 at (1, ..., 1). Strongly convex (a convex
 * quartic of an affine form plus ‖x − 1‖²). Brent, "Some efficient algorithms for solving systems of
 * nonlinear equations", SIAM J. Numer. Anal. 10, 1973.
 */
public final class VariablyDimensioned extends MghFunction {

    /** @param n the dimension, &gt;= 1 */
    public VariablyDimensioned(int n) {
        super(atLeast("n", n, 1), n + 2);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int n = dimension();
        if (i < n) {
            if (gradient != null) {
                gradient[i] = 1;
            }
            return x[i] - 1;
        }
        double s = 0;
        double sv = 0;
        for (int j = 0; j < n; j++) {
            s += (j + 1) * (x[j] - 1);
            if (direction != null) {
                sv += (j + 1) * direction[j];
            }
        }
        boolean squared = i == n + 1;
        for (int j = 0; j < n; j++) {
            if (gradient != null) {
                gradient[j] = squared ? 2 * s * (j + 1) : j + 1;
            }
            if (curvature != null && squared) {
                curvature[j] = 2 * sv * (j + 1);
            }
        }
        return squared ? s * s : s;
    }

    @Override
    protected int supportStart(int i) {
        return i < dimension() ? i : 0;
    }

    @Override
    protected int supportEnd(int i) {
        return i < dimension() ? i + 1 : dimension();
    }

    @Override
    public double[] standardStart() {
        int n = dimension();
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = 1 - (double) (j + 1) / n;
        }
        return x;
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, filled(dimension(), 1));
    }
}
