package steepest.problems.bbob;

import steepest.optimizers.TwiceDifferentiable;

/**
 * f8 (Rosenbrock) and f9 (rotated Rosenbrock): f(x) = Σᵢ₌₀ⁿ⁻² 100 (zᵢ² − zᵢ₊₁)² + (zᵢ − 1)² + f_opt
 * with z = A (x − c) + b, the factor s = max(1, √n/8) scaling the valley to the search box: f8:
 * A = s I, c = 0.75 x_opt (x_opt the usual draw), b = 1; f9: A = s R, c = 0, b = 1/2 (x_opt =
 * Rᵀ1/(2s)). Smooth; gradient Aᵀ∇_z and Hessian-vector product Aᵀ ∇²_z A v, with the tridiagonal
 * ∇²_z: ∂²/∂zᵢ² = 1200zᵢ² − 400zᵢ₊₁ + 2 (+200 from the previous term), ∂²/∂zᵢ∂zᵢ₊₁ = −400zᵢ.
 * Hansen et al., INRIA RR-6829, f8, f9 (COCO: f_rosenbrock.c).
 */
final class Rosenbrock extends BbobObjective implements TwiceDifferentiable {

    private final LinearMap map;
    private final double[] center;
    private final double offset;
    private final double[] optimum;
    private final double[] z;
    private final double[] work;
    private final double[] dz;

    private Rosenbrock(int function, int n, int instance, LinearMap map, double[] center, double offset,
                       double[] optimum) {
        super(n, LegacyRandom.optimalValue(function, instance));
        this.map = map;
        this.center = center;
        this.offset = offset;
        this.optimum = optimum;
        this.z = new double[n];
        this.work = new double[n];
        this.dz = new double[n];
    }

    private static double scale(int n) {
        return Math.max(1, Math.sqrt(n) / 8);
    }

    /** f8. */
    static Rosenbrock original(int n, int instance) {
        double[] center = LegacyRandom.optimum(n, LegacyRandom.seed(8, instance));
        for (int i = 0; i < n; i++) {
            center[i] *= 0.75;
        }
        double[] diagonal = new double[n];
        java.util.Arrays.fill(diagonal, scale(n));
        return new Rosenbrock(8, n, instance, new LinearMap.Diagonal(diagonal), center, 1, center.clone());
    }

    /** f9. */
    static Rosenbrock rotated(int n, int instance) {
        double scale = scale(n);
        double[][] r = LegacyRandom.rotation(n, LegacyRandom.seed(9, instance));
        double[][] a = new double[n][n];
        double[] optimum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = scale * r[i][j];
                optimum[j] += r[i][j];
            }
        }
        for (int j = 0; j < n; j++) {
            optimum[j] /= 2 * scale;
        }
        return new Rosenbrock(9, n, instance, new LinearMap.Dense(a), new double[n], 0.5, optimum);
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        transform(x);
        double valley = 0;
        double distance = 0;
        for (int i = 0; i < n - 1; i++) {
            double bend = z[i] * z[i] - z[i + 1];
            valley += bend * bend;
            double shift = z[i] - 1;
            distance += shift * shift;
        }
        if (gradOut != null) {
            java.util.Arrays.fill(dz, 0);
            for (int i = 0; i < n - 1; i++) {
                double bend = z[i] * z[i] - z[i + 1];
                dz[i] += 400 * z[i] * bend + 2 * (z[i] - 1);
                dz[i + 1] -= 200 * bend;
            }
            map.applyTransposed(dz, gradOut);
        }
        return 100 * valley + distance + optimalValue;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        transform(x);
        map.apply(v, work);
        java.util.Arrays.fill(dz, 0);
        for (int i = 0; i < n - 1; i++) {
            dz[i] += (1200 * z[i] * z[i] - 400 * z[i + 1] + 2) * work[i] - 400 * z[i] * work[i + 1];
            dz[i + 1] += -400 * z[i] * work[i] + 200 * work[i + 1];
        }
        map.applyTransposed(dz, out);
    }

    /** z = A (x − c) + b. */
    private void transform(double[] x) {
        for (int i = 0; i < n; i++) {
            work[i] = x[i] - center[i];
        }
        map.apply(work, z);
        for (int i = 0; i < n; i++) {
            z[i] += offset;
        }
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
