package steepest.problems;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import steepest.optimizers.Objective;

/** Central finite differences and error measures, written independently of the code under test. */
public final class Differences {

    private Differences() {
    }

    /** The central difference (f(x + h e_j) − f(x − h e_j))/(2h) for every coordinate j. */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] g = new double[x.length];
        double[] probe = x.clone();
        for (int j = 0; j < x.length; j++) {
            probe[j] = x[j] + h;
            double up = f.applyAsDouble(probe);
            probe[j] = x[j] - h;
            double down = f.applyAsDouble(probe);
            probe[j] = x[j];
            g[j] = (up - down) / (2 * h);
        }
        return g;
    }

    /** The central difference of the gradient along v: (∇f(x + hv) − ∇f(x − hv))/(2h). */
    public static double[] hessianVector(Objective f, double[] x, double[] v, double h) {
        int n = x.length;
        double[] up = new double[n];
        double[] down = new double[n];
        double[] probe = new double[n];
        for (int j = 0; j < n; j++) {
            probe[j] = x[j] + h * v[j];
        }
        f.valueAndGradient(probe, up);
        for (int j = 0; j < n; j++) {
            probe[j] = x[j] - h * v[j];
        }
        f.valueAndGradient(probe, down);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = (up[j] - down[j]) / (2 * h);
        }
        return out;
    }

    /** max_j |a_j − b_j| / max(1, max_j |b_j|): the error of a relative to b, scaled to b. */
    public static double relativeError(double[] a, double[] b) {
        double error = 0;
        double scale = 1;
        for (int j = 0; j < a.length; j++) {
            error = Math.max(error, Math.abs(a[j] - b[j]));
            scale = Math.max(scale, Math.abs(b[j]));
        }
        return error / scale;
    }

    /** n independent N(0, scale²) values from {@code seed}. */
    public static double[] gaussian(int n, double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            double u = random.nextDouble();
            double v = random.nextDouble();
            x[j] = scale * Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
        }
        return x;
    }
}
