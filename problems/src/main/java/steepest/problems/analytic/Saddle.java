package steepest.problems.analytic;

/**
 * The saddle f(x, y) = x² − y²: the origin is a stationary point that is not a minimum, and f is
 * unbounded below, so it has no f* (stated as NaN) and no minimizer. A test of whether a method
 * escapes a saddle and of divergence detection: from the standard start (1, 10⁻³) gradient descent
 * with step h multiplies x by (1 − 2h) and y by (1 + 2h) per step. The canonical example of
 * Dauphin et al., "Identifying and attacking the saddle point problem in high-dimensional non-convex
 * optimization", NeurIPS 2014.
 */
public final class Saddle implements AnalyticFunction {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        gradOut[0] = 2 * x[0];
        gradOut[1] = -2 * x[1];
        return x[0] * x[0] - x[1] * x[1];
    }

    @Override
    public double value(double[] x) {
        return x[0] * x[0] - x[1] * x[1];
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        out[0] = 2 * v[0];
        out[1] = -2 * v[1];
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 1e-3};
    }

    @Override
    public double optimalValue() {
        return Double.NaN;
    }

    @Override
    public double[] minimizer() {
        return null;
    }
}
