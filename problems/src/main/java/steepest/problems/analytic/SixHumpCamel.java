package steepest.problems.analytic;

/**
 * The six-hump camel function f(x, y) = (4 − 2.1x² + x⁴/3)x² + xy + (−4 + 4y²)y² on [−3, 3]×[−2, 2]:
 * six local minima, two of them global, f* = −1.0316284534898774 at ±(0.0898420131003181,
 * −0.7126564030207396) (computed to 20 digits with mpmath; (0.0898..., −0.7126...) is stated); the
 * origin is a saddle. Standard start (1, 1). Dixon and Szegő, "The global optimization problem: an
 * introduction", in Towards Global Optimisation 2, 1978; Jamil and Yang (2013) no. 144; Surjanovic and
 * Bingham, "Six-hump camel function".
 */
public final class SixHumpCamel implements AnalyticFunction {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double u = x[0];
        double w = x[1];
        double u2 = u * u;
        gradOut[0] = 8 * u - 8.4 * u2 * u + 2 * u2 * u2 * u + w;
        gradOut[1] = u - 8 * w + 16 * w * w * w;
        return value(x);
    }

    @Override
    public double value(double[] x) {
        double u2 = x[0] * x[0];
        double w2 = x[1] * x[1];
        return (4 - 2.1 * u2 + u2 * u2 / 3) * u2 + x[0] * x[1] + (-4 + 4 * w2) * w2;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double u2 = x[0] * x[0];
        double hxx = 8 - 25.2 * u2 + 10 * u2 * u2;
        double hyy = -8 + 48 * x[1] * x[1];
        out[0] = hxx * v[0] + v[1];
        out[1] = v[0] + hyy * v[1];
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 1};
    }

    @Override
    public double optimalValue() {
        return -1.0316284534898774;
    }

    @Override
    public double[] minimizer() {
        return new double[] {0.08984201310031806, -0.7126564030207396};
    }
}
