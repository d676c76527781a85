package steepest.problems.bbob;

/**
 * f12, the bent cigar: f(x) = z₁² + 10⁶ Σᵢ₌₂ⁿ zᵢ² + f_opt with z = R T_asy^0.5(R (x − x_opt)), the
 * same rotation R twice; COCO draws this function's x_opt from seed r + 10⁶. Gradient
 * Rᵀ(T_asy'(u) ⊙ Rᵀ(2 wᵢ zᵢ)), u = R (x − x_opt). Continuously differentiable (T_asy is).
 * Hansen et al., INRIA RR-6829, f12 (COCO: f_bent_cigar.c).
 */
final class BentCigar extends BbobObjective {

    private static final int FUNCTION = 12;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] z;

    BentCigar(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.optimum = LegacyRandom.optimum(n, seed + 1000000);
        LinearMap rotation = new LinearMap.Dense(LegacyRandom.rotation(n, seed + 1000000));
        this.pipeline = Pipeline.asymmetric(optimum, rotation, 0.5, rotation);
        this.z = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        pipeline.forward(x, z, gradOut != null);
        double sum = z[0] * z[0];
        for (int i = 1; i < n; i++) {
            sum += 1e6 * z[i] * z[i];
        }
        if (gradOut != null) {
            z[0] *= 2;
            for (int i = 1; i < n; i++) {
                z[i] *= 2e6;
            }
            pipeline.backward(z, gradOut);
        }
        return sum + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
