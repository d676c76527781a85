package steepest.problems.analytic;

import java.util.Arrays;
import steepest.optimizers.Checks;

/**
 * The sphere function f(x) = Σᵢ xᵢ², d &gt;= 1: convex, separable, condition number 1. Standard start
 * x0 = (1, ..., 1) (the domain is usually [−5.12, 5.12]^d); f* = 0 at the origin. De Jong's F1
 * (De Jong, PhD thesis, Univ. Michigan, 1975); Jamil and Yang, "A literature survey of benchmark
 * functions for global optimization problems", Int. J. Math. Model. Numer. Optim. 4(2), 2013, no. 136;
 * Surjanovic and Bingham, Virtual Library of Simulation Experiments, "Sphere function".
 */
public final class Sphere implements AnalyticFunction {

    private final int dimension;

    /** @param dimension d &gt;= 1 */
    public Sphere(int dimension) {
        this.dimension = (int) Checks.atLeast("d", dimension, 1);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = 0;
        for (int i = 0; i < dimension; i++) {
            double xi = x[i];
            f += xi * xi;
            gradOut[i] = 2 * xi;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < dimension; i++) {
            f += x[i] * x[i];
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < dimension; i++) {
            out[i] = 2 * v[i];
        }
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension];
        Arrays.fill(x, 1.0);
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
