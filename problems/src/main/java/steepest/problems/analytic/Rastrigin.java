package steepest.problems.analytic;

import java.util.Arrays;
import steepest.optimizers.Checks;

/**
 * The Rastrigin function f(x) = 10d + Σᵢ (xᵢ² − 10 cos 2πxᵢ) on [−5.12, 5.12]^d: separable, with a
 * local minimum near every integer point (about 11^d in the domain); f* = 0 at the origin. Standard
 * start x0 = (3, ..., 3), inside the basin of the local minimum near (2.98, ..., 2.98), f ≈ 8.95 d.
 * Rastrigin, "Systems of extremal control", Nauka, 1974; Mühlenbein, Schomisch and Born, Parallel
 * Computing 17, 1991 (the d-dimensional form); Surjanovic and Bingham, "Rastrigin function".
 */
public final class Rastrigin implements AnalyticFunction {

    private static final double TWO_PI = 2 * Math.PI;

    private final int dimension;

    /** @param dimension d &gt;= 1 */
    public Rastrigin(int dimension) {
        this.dimension = (int) Checks.atLeast("d", dimension, 1);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = 10.0 * dimension;
        for (int i = 0; i < dimension; i++) {
            double xi = x[i];
            double angle = TWO_PI * xi;
            f += xi * xi - 10 * Math.cos(angle);
            gradOut[i] = 2 * xi + 10 * TWO_PI * Math.sin(angle);
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 10.0 * dimension;
        for (int i = 0; i < dimension; i++) {
            f += x[i] * x[i] - 10 * Math.cos(TWO_PI * x[i]);
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < dimension; i++) {
            out[i] = (2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * x[i])) * v[i];
        }
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension];
        Arrays.fill(x, 3.0);
        return x;
    }

    @Override
    public double optimalValue() {
        return 0;
    }

    @Override
    public double[] minimizer() {
        return new double[dimension];
    }
}
