package steepest.problems.mgh;

/**
 * MGH problems 1 (Rosenbrock, n = 2) and 21 (extended Rosenbrock): n even, m = n,
 * r₂ₖ₋₁ = 10(x₂ₖ − x₂ₖ₋₁²), r₂ₖ = 1 − x₂ₖ₋₁, so f = Σₖ 100(x₂ₖ − x₂ₖ₋₁²)² + (1 − x₂ₖ₋₁)², a sum of
 * n/2 uncoupled two-dimensional Rosenbrock functions. x0 = (−1.2, 1, −1.2, 1, ...); f* = 0 at
 * (1, ..., 1). Rosenbrock, Computer J. 3(3), 1960; Spedicato (1975) for the extended form.
 *
 * <p>{@link #value}, {@link #valueAndGradient} and {@link #hessianVector} are hand-fused single
 * passes over the pairs, allocation-free (used for performance comparisons at n = 1e4..1e6); the
 * residual form is kept for {@link #residuals} and {@link #jacobian}.
 */
public final class ExtendedRosenbrock extends MghFunction {

    /** @param n an even dimension &gt;= 2 */
    public ExtendedRosenbrock(int n) {
        super(even(n), n);
    }

    private static int even(int n) {
        atLeast("n", n, 2);
        if (n % 2 != 0) {
            throw new IllegalArgumentException("n must be even, got " + n);
        }
        return n;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int k = i & ~1;
        if (i == k) {
            if (gradient != null) {
                gradient[k] = -20 * x[k];
                gradient[k + 1] = 10;
            }
            if (curvature != null) {
                curvature[k] = -20 * direction[k];
            }
            return 10 * (x[k + 1] - x[k] * x[k]);
        }
        if (gradient != null) {
            gradient[k] = -1;
        }
        return 1 - x[k];
    }

    @Override
    protected int supportStart(int i) {
        return i & ~1;
    }

    @Override
    protected int supportEnd(int i) {
        return (i & ~1) + 2;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int k = 0; k < x.length; k += 2) {
            double a = x[k];
            double t = x[k + 1] - a * a;
            double u = 1 - a;
            f += 100 * t * t + u * u;
        }
        return f;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = 0;
        for (int k = 0; k < x.length; k += 2) {
            double a = x[k];
            double t = x[k + 1] - a * a;
            double u = 1 - a;
            f += 100 * t * t + u * u;
            gradOut[k] = -400 * a * t - 2 * u;
            gradOut[k + 1] = 200 * t;
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int k = 0; k < x.length; k += 2) {
            double a = x[k];
            double diagonal = 1200 * a * a - 400 * x[k + 1] + 2;
            double offDiagonal = -400 * a;
            out[k] = diagonal * v[k] + offDiagonal * v[k + 1];
            out[k + 1] = offDiagonal * v[k] + 200 * v[k + 1];
        }
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension()];
        for (int k = 0; k < x.length; k += 2) {
            x[k] = -1.2;
            x[k + 1] = 1;
        }
        return x;
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, filled(dimension(), 1));
    }
}
