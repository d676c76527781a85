package steepest.problems.bbob;

/**
 * f19, composite Griewank-Rosenbrock F8F2: f(x) = 10 + (10/(n−1)) Σᵢ₌₀ⁿ⁻² (sᵢ/4000 − cos sᵢ) + f_opt
 * with sᵢ = 100 (zᵢ² − zᵢ₊₁)² + (1 − zᵢ)² and z = max(1, √n/8) R x + 1/2. Smooth; x_opt =
 * Rᵀ1/(2 max(1, √n/8)) (COCO's own x_opt omits the factor, which is 1 in its dimensions up to 64).
 * Gradient Aᵀ∇_z with ∂/∂sᵢ = (10/(n−1)) (1/4000 + sin sᵢ). Hansen et al., INRIA RR-6829, f19 (COCO:
 * f_griewank_rosenbrock.c).
 */
final class GriewankRosenbrock extends BbobObjective {

    private static final int FUNCTION = 19;

    private final LinearMap map;
    private final double[] optimum;
    private final double[] z;
    private final double[] dz;

    GriewankRosenbrock(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        double[][] r = LegacyRandom.rotation(n, LegacyRandom.seed(FUNCTION, instance));
        double scale = Math.max(1., Math.sqrt(n) / 8.);
        this.optimum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                optimum[j] += r[i][j];
                r[i][j] *= scale;
            }
        }
        for (int j = 0; j < n; j++) {
            optimum[j] /= 2 * scale;
        }
        this.map = new LinearMap.Dense(r);
        this.z = new double[n];
        this.dz = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        map.apply(x, z);
        for (int i = 0; i < n; i++) {
            z[i] += 0.5;
        }
        double sum = 0;
        if (gradOut != null) {
            java.util.Arrays.fill(dz, 0);
        }
        for (int i = 0; i < n - 1; i++) {
            double bend = z[i] * z[i] - z[i + 1];
            double shift = 1.0 - z[i];
            double s = 100.0 * bend * bend + shift * shift;
            sum += s / 4000. - Math.cos(s);
            if (gradOut != null) {
                double slope = 10.0 / (n - 1) * (1 / 4000. + Math.sin(s));
                dz[i] += slope * (400 * z[i] * bend - 2 * shift);
                dz[i + 1] -= slope * 200 * bend;
            }
        }
        if (gradOut != null) {
            map.applyTransposed(dz, gradOut);
        }
        return 10.0 + 10.0 * sum / (double) (n - 1) + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
