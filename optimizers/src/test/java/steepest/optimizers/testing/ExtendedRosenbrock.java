package steepest.optimizers.testing;

import steepest.optimizers.TwiceDifferentiable;

/**
 * The extended Rosenbrock function of Moré, Garbow and Hillstrom (problem 21), n even:
 * f(x) = Σ_{i odd} 100(x_{i+1} − xᵢ²)² + (1 − xᵢ)², start (−1.2, 1, ...), f* = 0 at (1, ..., 1);
 * written for the optimizers' own tests, with an exact Hessian-vector product (2×2 blocks).
 */
public final class ExtendedRosenbrock implements TwiceDifferentiable {

    private final int n;

    /** n even, &gt;= 2. */
    public ExtendedRosenbrock(int n) {
        this.n = n;
    }

    /** The standard start (−1.2, 1, −1.2, 1, ...). */
    public double[] start() {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        return x;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < n; i += 2) {
            double t = x[i + 1] - x[i] * x[i];
            double u = 1 - x[i];
            f += 100 * t * t + u * u;
            g[i] = -400 * x[i] * t - 2 * u;
            g[i + 1] = 200 * t;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < n; i += 2) {
            double t = x[i + 1] - x[i] * x[i];
            double u = 1 - x[i];
            f += 100 * t * t + u * u;
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < n; i += 2) {
            double h11 = 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
            double h12 = -400 * x[i];
            out[i] = h11 * v[i] + h12 * v[i + 1];
            out[i + 1] = h12 * v[i] + 200 * v[i + 1];
        }
    }
}
