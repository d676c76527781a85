package steepest.problems.analytic;

import steepest.optimizers.Checks;

/**
 * The chained Rosenbrock function f(x) = Σ_{i=1}^{d−1} 100(x_{i+1} − xᵢ²)² + (1 − xᵢ)², with the
 * standard start (−1.2, 1, −1.2, 1, ...) and the global minimum f* = 0 at x* = (1, ..., 1).
 * Rosenbrock, "An automatic method for finding the greatest or least value of a function",
 * Computer J. 3(3), 1960; the chained form is problem 21 of Moré, Garbow and Hillstrom (1981) in its
 * extended-to-any-d variant. Value and gradient are one fused pass over x.
 */
public final class Rosenbrock implements AnalyticFunction {

    private final int dimension;

    /** @param dimension d &gt;= 2 */
    public Rosenbrock(int dimension) {
        Checks.atLeast("d", dimension, 2);
        this.dimension = dimension;
    }

    /** The standard start (−1.2, 1, −1.2, 1, ...). */
    public static double[] standardStart(int dimension) {
        double[] x = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            x[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        return x;
    }

    @Override
    public double[] standardStart() {
        return standardStart(dimension);
    }

    @Override
    public double optimalValue() {
        return 0;
    }

    @Override
    public double[] minimizer() {
        double[] ones = new double[dimension];
        java.util.Arrays.fill(ones, 1.0);
        return ones;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = 0;
        double carry = 0;
        for (int i = 0; i < dimension - 1; i++) {
            double xi = x[i];
            double t = x[i + 1] - xi * xi;
            double u = 1.0 - xi;
            f += 100.0 * t * t + u * u;
            gradOut[i] = carry - 400.0 * xi * t - 2.0 * u;
            carry = 200.0 * t;
        }
        gradOut[dimension - 1] = carry;
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < dimension - 1; i++) {
            double t = x[i + 1] - x[i] * x[i];
            double u = 1.0 - x[i];
            f += 100.0 * t * t + u * u;
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < dimension; i++) {
            double diagonal = 0;
            double product = 0;
            if (i < dimension - 1) {
                diagonal += 1200.0 * x[i] * x[i] - 400.0 * x[i + 1] + 2.0;
                product += -400.0 * x[i] * v[i + 1];
            }
            if (i > 0) {
                diagonal += 200.0;
                product += -400.0 * x[i - 1] * v[i - 1];
            }
            out[i] = diagonal * v[i] + product;
        }
    }
}
