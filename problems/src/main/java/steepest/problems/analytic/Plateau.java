package steepest.problems.analytic;

import steepest.optimizers.Checks;

/**
 * A smooth plateau, the inverted Gaussian well f(x) = 1 − exp(−‖x‖²/(2σ²)): f* = 0 at the origin,
 * unimodal (every sublevel set is a ball) but not convex beyond ‖x‖ = σ, and nearly flat far out,
 * where ‖∇f‖ = (‖x‖/σ²)·exp(−‖x‖²/(2σ²)) vanishes. Standard start x0 = (3σ/√d)(1, ..., 1), so
 * ‖x0‖ = 3σ, f(x0) = 1 − e^(−4.5) ≈ 0.989 and ‖∇f(x0)‖ ≈ 0.033/σ: methods that scale steps by the
 * gradient crawl, those that normalize it (Adam, sign methods) do not. ∇f = (1 − f)x/σ² and
 * ∇²f·v = ((1 − f)/σ²)(v − (xᵀv/σ²)x). An instance of the plateau phenomenon discussed by Dauphin
 * et al. (NeurIPS 2014) and Goodfellow, Bengio and Courville, "Deep Learning", 2016, §8.2.3; the
 * well is the negative of the Gaussian test function of Jamil and Yang (2013).
 */
public final class Plateau implements AnalyticFunction {

    private final int dimension;
    private final double sigma;

    /**
     * @param dimension d &gt;= 1
     * @param sigma     the well's width σ &gt; 0
     */
    public Plateau(int dimension, double sigma) {
        this.dimension = (int) Checks.atLeast("d", dimension, 1);
        Checks.finite("sigma", sigma);
        this.sigma = Checks.positive("sigma", sigma);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double squares = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
        }
        double well = Math.exp(-squares / (2 * sigma * sigma));
        double scale = well / (sigma * sigma);
        for (int i = 0; i < dimension; i++) {
            gradOut[i] = scale * x[i];
        }
        return -Math.expm1(-squares / (2 * sigma * sigma));
    }

    @Override
    public double value(double[] x) {
        double squares = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
        }
        return -Math.expm1(-squares / (2 * sigma * sigma));
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double squares = 0;
        double xv = 0;
        for (int i = 0; i < dimension; i++) {
            squares += x[i] * x[i];
            xv += x[i] * v[i];
        }
        double s2 = sigma * sigma;
        double scale = Math.exp(-squares / (2 * s2)) / s2;
        double along = xv / s2;
        for (int i = 0; i < dimension; i++) {
            out[i] = scale * (v[i] - along * x[i]);
        }
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension];
        java.util.Arrays.fill(x, 3 * sigma / Math.sqrt(dimension));
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
