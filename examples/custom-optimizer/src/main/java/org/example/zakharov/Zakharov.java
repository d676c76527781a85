package org.example.zakharov;

import steepest.optimizers.TwiceDifferentiable;

/**
 * The Zakharov function, a convex test function with a quartic valley along one direction:
 * <pre>
 *   f(x) = Σᵢ xᵢ² + s² + s⁴,   s = Σᵢ (i/2)·xᵢ   (i = 1..d)
 *   ∇f(x) = 2x + (2s + 4s³)·a,           aᵢ = i/2
 *   ∇²f(x)·v = 2v + (2 + 12s²)·(aᵀv)·a
 * </pre>
 * with its minimum f* = 0 at x* = 0 (Jamil and Yang, "A literature survey of benchmark functions for
 * global optimization problems", Int. J. Math. Model. Numer. Optim. 4(2), 2013, function 172).
 */
final class Zakharov implements TwiceDifferentiable {

    private final int dimension;

    Zakharov(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double[] x) {
        double squares = 0;
        double s = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            s += 0.5 * (i + 1) * x[i];
        }
        return squares + s * s + s * s * s * s;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double squares = 0;
        double s = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            s += 0.5 * (i + 1) * x[i];
        }
        double slope = 2 * s + 4 * s * s * s;
        for (int i = 0; i < dimension; i++) {
            gradOut[i] = 2 * x[i] + slope * 0.5 * (i + 1);
        }
        return squares + s * s + s * s * s * s;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double s = 0;
        double av = 0;
        for (int i = 0; i < dimension; i++) {
            s += 0.5 * (i + 1) * x[i];
            av += 0.5 * (i + 1) * v[i];
        }
        double curvature = (2 + 12 * s * s) * av;
        for (int i = 0; i < dimension; i++) {
            out[i] = 2 * v[i] + curvature * 0.5 * (i + 1);
        }
    }
}
