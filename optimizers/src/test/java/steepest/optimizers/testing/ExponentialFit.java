package steepest.optimizers.testing;

import java.util.SplittableRandom;
import steepest.optimizers.Residuals;

/**
 * Fitting y ≈ a·e^{b·t} at m points tᵢ = i/(m − 1) in the statistical convention f = ½‖r‖²,
 * rᵢ(a, b) = a·e^{b·tᵢ} − yᵢ, written for the optimizers' own tests: with exact data yᵢ = 2e^{−tᵢ}
 * (no noise) it is a zero-residual problem with x* = (2, −1) and f* = 0; with noise it is not.
 */
public final class ExponentialFit implements Residuals {

    /** The parameters the exact data come from. */
    public static final double[] TRUTH = {2, -1};

    private final double[] t;
    private final double[] y;
    private final double[] r;

    /**
     * @param m     the number of points, &gt;= 2
     * @param noise the standard deviation of Gaussian noise added to the exact data (seeded), &gt;= 0
     */
    public ExponentialFit(int m, double noise) {
        t = new double[m];
        y = new double[m];
        r = new double[m];
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < m; i++) {
            t[i] = (double) i / (m - 1);
            y[i] = TRUTH[0] * Math.exp(TRUTH[1] * t[i]) + noise * random.nextGaussian();
        }
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public int residualCount() {
        return t.length;
    }

    @Override
    public double squaresScale() {
        return 0.5;
    }

    @Override
    public void residuals(double[] x, double[] out) {
        for (int i = 0; i < t.length; i++) {
            out[i] = x[0] * Math.exp(x[1] * t[i]) - y[i];
        }
    }

    @Override
    public void jacobian(double[] x, double[][] out) {
        for (int i = 0; i < t.length; i++) {
            double e = Math.exp(x[1] * t[i]);
            out[i][0] = e;
            out[i][1] = x[0] * t[i] * e;
        }
    }

    @Override
    public void jacobianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < t.length; i++) {
            double e = Math.exp(x[1] * t[i]);
            out[i] = e * v[0] + x[0] * t[i] * e * v[1];
        }
    }

    @Override
    public void jacobianTransposeVector(double[] x, double[] u, double[] out) {
        out[0] = 0;
        out[1] = 0;
        for (int i = 0; i < t.length; i++) {
            double e = Math.exp(x[1] * t[i]);
            out[0] += e * u[i];
            out[1] += x[0] * t[i] * e * u[i];
        }
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        residuals(x, r);
        jacobianTransposeVector(x, r, g);
        return halfSquares(r);
    }

    @Override
    public double value(double[] x) {
        residuals(x, r);
        return halfSquares(r);
    }

    private static double halfSquares(double[] residuals) {
        double sum = 0;
        for (double v : residuals) {
            sum += v * v;
        }
        return 0.5 * sum;
    }
}
