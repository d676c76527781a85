package steepest.problems.bbob;

/**
 * f2 (separable ellipsoid), f10 (rotated ellipsoid) and f11 (discus): f(x) = Σᵢ wᵢ zᵢ² + f_opt with
 * z = T_osz(R(x − x_opt)), R the identity for f2; wᵢ = 10^(6i/(n−1)) for the ellipsoids, w = (10⁶,
 * 1, ..., 1) for the discus. Gradient Rᵀ(2 wᵢ zᵢ T_osz'(uᵢ)), u = R(x − x_opt).
 *
 * <p>Continuously differentiable although T_osz is not at 0: zᵢ T_osz'(uᵢ) → 0 as uᵢ → 0 (T_osz' is
 * bounded), so the gradient is continuous, and exactly 0 in coordinate i where uᵢ = 0 whatever
 * subgradient of T_osz is used there. Not twice differentiable at uᵢ = 0. Hansen et al., INRIA
 * RR-6829, f2, f10, f11 (COCO: f_ellipsoid.c, f_discus.c).
 */
final class OscillatedQuadratic extends BbobObjective {

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] weights;
    private final double[] z;
    private final double[] backward;

    private OscillatedQuadratic(int function, int n, int instance, LinearMap rotation, double[] weights) {
        super(n, LegacyRandom.optimalValue(function, instance));
        this.optimum = LegacyRandom.optimum(n, LegacyRandom.seed(function, instance));
        this.pipeline = Pipeline.oscillated(optimum, rotation);
        this.weights = weights;
        this.z = new double[n];
        this.backward = new double[n];
    }

    /** f2: the separable ellipsoid, condition 10⁶. */
    static OscillatedQuadratic ellipsoid(int n, int instance) {
        return new OscillatedQuadratic(2, n, instance, new LinearMap.Identity(), ellipsoidWeights(n));
    }

    /** f10: the rotated ellipsoid, condition 10⁶. */
    static OscillatedQuadratic rotatedEllipsoid(int n, int instance) {
        return new OscillatedQuadratic(10, n, instance, rotation(10, n, instance), ellipsoidWeights(n));
    }

    /** f11: the discus (one direction 10³ times as sensitive as the others), rotated. */
    static OscillatedQuadratic discus(int n, int instance) {
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1);
        weights[0] = 1e6;
        return new OscillatedQuadratic(11, n, instance, rotation(11, n, instance), weights);
    }

    private static LinearMap rotation(int function, int n, int instance) {
        return new LinearMap.Dense(LegacyRandom.rotation(n, LegacyRandom.seed(function, instance) + 1000000));
    }

    private static double[] ellipsoidWeights(int n) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = Math.pow(1e6, i / (n - 1.0));
        }
        return weights;
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        pipeline.forward(x, z, gradOut != null);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i] * z[i] * z[i];
            backward[i] = 2 * weights[i] * z[i];
        }
        if (gradOut != null) {
            pipeline.backward(backward, gradOut);
        }
        return sum + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
