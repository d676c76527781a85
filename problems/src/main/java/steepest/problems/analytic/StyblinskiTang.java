package steepest.problems.analytic;

import steepest.optimizers.Checks;

/**
 * The Styblinski–Tang function f(x) = ½ Σᵢ (xᵢ⁴ − 16xᵢ² + 5xᵢ) on [−5, 5]^d: separable, 2^d local
 * minima (each coordinate at −2.9035... or 2.7468...); f* = −39.16616570377142·d at
 * xᵢ = −2.903534027771177 (the root of 4x³ − 32x + 5 = 0, computed to 20 digits with mpmath).
 * Standard start x0 = 0, the centre of the domain. Styblinski and Tang, "Experiments in nonconvex
 * optimization: stochastic approximation with function smoothing and simulated annealing", Neural
 * Networks 3, 1990; Surjanovic and Bingham, "Styblinski-Tang function".
 */
public final class StyblinskiTang implements AnalyticFunction {

    /** The minimizing coordinate. */
    static final double ARGMIN = -2.903534027771177;
    /** The minimum per coordinate. */
    static final double MIN_PER_COORDINATE = -39.166165703771415;

    private final int dimension;

    /** @param dimension d &gt;= 1 */
    public StyblinskiTang(int dimension) {
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
            double x2 = xi * xi;
            f += 0.5 * ((x2 - 16) * x2 + 5 * xi);
            gradOut[i] = 2 * x2 * xi - 16 * xi + 2.5;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < dimension; i++) {
            double x2 = x[i] * x[i];
            f += 0.5 * ((x2 - 16) * x2 + 5 * x[i]);
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < dimension; i++) {
            out[i] = (6 * x[i] * x[i] - 16) * v[i];
        }
    }

    @Override
    public double[] standardStart() {
        return new double[dimension];
    }

    @Override
    public double optimalValue() {
        return MIN_PER_COORDINATE * dimension;
    }

    @Override
    public double[] minimizer() {
        double[] x = new double[dimension];
        java.util.Arrays.fill(x, ARGMIN);
        return x;
    }
}
