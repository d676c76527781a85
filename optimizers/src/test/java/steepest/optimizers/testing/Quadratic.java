package steepest.optimizers.testing;

import java.util.Arrays;
import steepest.optimizers.TwiceDifferentiable;

/**
 * f(x) = ½ Σ λᵢ(xᵢ − cᵢ)², written for the optimizers' own tests (independent of the problems
 * module): minimizer c, f* = 0, Hessian diag(λ), condition number max λ / min λ.
 */
public final class Quadratic implements TwiceDifferentiable {

    private final double[] curvature;
    private final double[] center;

    /** λ and c of equal length. Copied. */
    public Quadratic(double[] curvature, double[] center) {
        this.curvature = curvature.clone();
        this.center = center.clone();
    }

    /** λ log-spaced in [1, κ], center (1, ..., 1). */
    public static Quadratic logSpaced(int n, double conditionNumber) {
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = n == 1 ? 1 : Math.pow(conditionNumber, (double) i / (n - 1));
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return new Quadratic(lambda, ones);
    }

    /** The minimizer c (a copy). */
    public double[] center() {
        return center.clone();
    }

    @Override
    public int dimension() {
        return curvature.length;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            double r = x[i] - center[i];
            g[i] = curvature[i] * r;
            f += 0.5 * curvature[i] * r * r;
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            double r = x[i] - center[i];
            f += 0.5 * curvature[i] * r * r;
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = curvature[i] * v[i];
        }
    }
}
