package steepest.problems.analytic;

/**
 * Beale's function f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², on
 * [−4.5, 4.5]²; standard start (1, 1); f* = 0 at (3, 0.5). Smooth, non-convex, with a flat valley.
 * Beale, Princeton Tech. Rep. 25, 1958; Jamil and Yang (2013) no. 10; Surjanovic and Bingham, "Beale
 * function"; MGH problem 5 ({@code mgh-beale}) is the same function as a sum of squares.
 */
public final class Beale implements AnalyticFunction {

    private static final double[] Y = {1.5, 2.25, 2.625};

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double f = 0;
        double gx = 0;
        double gy = 0;
        double power = 1;                      // yᵏ⁻¹ for term k = 1, 2, 3
        for (int k = 1; k <= 3; k++) {
            double yk = power * x[1];
            double r = Y[k - 1] - x[0] + x[0] * yk;
            f += r * r;
            gx += 2 * r * (yk - 1);
            gy += 2 * r * x[0] * k * power;
            power = yk;
        }
        gradOut[0] = gx;
        gradOut[1] = gy;
        return f;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        double yk = 1;
        for (int k = 1; k <= 3; k++) {
            yk *= x[1];
            double r = Y[k - 1] - x[0] + x[0] * yk;
            f += r * r;
        }
        return f;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        double previous = 0;                   // yᵏ⁻²
        double power = 1;                      // yᵏ⁻¹
        for (int k = 1; k <= 3; k++) {
            double yk = power * x[1];
            double r = Y[k - 1] - x[0] + x[0] * yk;
            double rx = yk - 1;
            double ry = x[0] * k * power;
            hxx += 2 * rx * rx;
            hxy += 2 * (rx * ry + r * k * power);
            hyy += 2 * (ry * ry + r * x[0] * k * (k - 1) * previous);
            previous = power;
            power = yk;
        }
        out[0] = hxx * v[0] + hxy * v[1];
        out[1] = hxy * v[0] + hyy * v[1];
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 1};
    }

    @Override
    public double optimalValue() {
        return 0;
    }

    @Override
    public double[] minimizer() {
        return new double[] {3, 0.5};
    }
}
