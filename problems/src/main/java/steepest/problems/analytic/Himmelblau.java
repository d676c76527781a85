package steepest.problems.analytic;

/**
 * Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)², on [−5, 5]²: four global minima with
 * f* = 0, at (3, 2) (stated), (−2.805118, 3.131312), (−3.779310, −3.283186) and (3.584428, −1.848126),
 * a local maximum at (−0.270845, −0.923039) and four saddles. Standard start (0, 0). Himmelblau,
 * "Applied Nonlinear Programming", McGraw-Hill, 1972; Jamil and Yang (2013) no. 65.
 */
public final class Himmelblau implements AnalyticFunction {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double a = x[0] * x[0] + x[1] - 11;
        double b = x[0] + x[1] * x[1] - 7;
        gradOut[0] = 4 * a * x[0] + 2 * b;
        gradOut[1] = 2 * a + 4 * b * x[1];
        return a * a + b * b;
    }

    @Override
    public double value(double[] x) {
        double a = x[0] * x[0] + x[1] - 11;
        double b = x[0] + x[1] * x[1] - 7;
        return a * a + b * b;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double hxx = 12 * x[0] * x[0] + 4 * x[1] - 42;      // 4a + 8x² + 2
        double hxy = 4 * (x[0] + x[1]);
        double hyy = 4 * x[0] + 12 * x[1] * x[1] - 26;      // 2 + 4b + 8y²
        out[0] = hxx * v[0] + hxy * v[1];
        out[1] = hxy * v[0] + hyy * v[1];
    }

    @Override
    public double[] standardStart() {
        return new double[] {0, 0};
    }

    @Override
    public double optimalValue() {
        return 0;
    }

    @Override
    public double[] minimizer() {
        return new double[] {3, 2};
    }
}
