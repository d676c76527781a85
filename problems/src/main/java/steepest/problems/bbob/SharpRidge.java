package steepest.problems.bbob;

/**
 * f13, the sharp ridge: f(x) = z₁² + 100 √(Σᵢ₌₂ⁿ zᵢ²) + f_opt with z = Q Λ^10 R (x − x_opt). Convex.
 *
 * <p>Not differentiable on the ridge z₂ = ... = zₙ = 0 (a line through x_opt), where the norm has
 * a kink. Gradient Mᵀ(2z₁, 100 z₂/ρ, ..., 100 zₙ/ρ) with ρ = √(Σᵢ₌₂ⁿ zᵢ²); on the ridge Mᵀ(2z₁,
 * 0, ..., 0), the least-norm subgradient of the norm term (0 ∈ its subdifferential, the ball of
 * radius 100). Hansen et al., INRIA RR-6829, f13 (COCO: f_sharp_ridge.c).
 */
final class SharpRidge extends BbobObjective {

    private static final int FUNCTION = 13;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] work;
    private final double[] z;

    SharpRidge(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.optimum = LegacyRandom.optimum(n, seed);
        this.pipeline = Pipeline.linear(optimum, LegacyRandom.conditionedRotation(n, seed, 10));
        this.work = new double[n];
        this.z = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        pipeline.forward(x, z, false);
        double squares = 0;
        for (int i = 1; i < n; i++) {
            squares += z[i] * z[i];
        }
        double ridge = Math.sqrt(squares);
        if (gradOut != null) {
            work[0] = 2 * z[0];
            for (int i = 1; i < n; i++) {
                work[i] = ridge > 0 ? 100 * z[i] / ridge : 0;
            }
            pipeline.backward(work, gradOut);
        }
        return 100 * ridge + z[0] * z[0] + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
