package steepest.problems.analytic;

/**
 * Booth's function f(x, y) = (x + 2y − 7)² + (2x + y − 5)², on [−10, 10]²: a strongly convex
 * quadratic with Hessian [[10, 8], [8, 10]] (condition number 9). Standard start (0, 0); f* = 0 at
 * (1, 3). Jamil and Yang (2013) no. 24; Surjanovic and Bingham, "Booth function".
 */
public final class Booth implements AnalyticFunction {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double a = x[0] + 2 * x[1] - 7;
        double b = 2 * x[0] + x[1] - 5;
        gradOut[0] = 2 * a + 4 * b;
        gradOut[1] = 4 * a + 2 * b;
        return a * a + b * b;
    }

    @Override
    public double value(double[] x) {
        double a = x[0] + 2 * x[1] - 7;
        double b = 2 * x[0] + x[1] - 5;
        return a * a + b * b;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        out[0] = 10 * v[0] + 8 * v[1];
        out[1] = 8 * v[0] + 10 * v[1];
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
        return new double[] {1, 3};
    }
}
