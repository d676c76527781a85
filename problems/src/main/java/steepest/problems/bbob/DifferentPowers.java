package steepest.problems.bbob;

/**
 * f14, different powers: f(x) = √(Σᵢ |zᵢ|^(2 + 4i/(n−1))) + f_opt with z = R (x − x_opt).
 *
 * <p>Not differentiable at x_opt alone, where the square root of a sum vanishing to second order
 * has a cone-like kink; elsewhere smooth. Gradient Rᵀ(pᵢ |zᵢ|^(pᵢ−1) sign(zᵢ) / (2√S)), S the sum;
 * at x_opt 0, a subgradient of the minimum. Hansen et al., INRIA RR-6829, f14 (COCO:
 * f_different_powers.c).
 */
final class DifferentPowers extends BbobObjective {

    private static final int FUNCTION = 14;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] exponents;
    private final double[] work;
    private final double[] z;

    DifferentPowers(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.optimum = LegacyRandom.optimum(n, seed);
        this.pipeline = Pipeline.linear(optimum, new LinearMap.Dense(LegacyRandom.rotation(n, seed + 1000000)));
        this.exponents = new double[n];
        for (int i = 0; i < n; i++) {
            exponents[i] = 2.0 + (4.0 * i) / (n - 1.0);
        }
        this.work = new double[n];
        this.z = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        pipeline.forward(x, z, false);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double power = Math.pow(Math.abs(z[i]), exponents[i]);
            sum += power;
            work[i] = z[i] == 0 ? 0 : exponents[i] * power / z[i];
        }
        double root = Math.sqrt(sum);
        if (gradOut != null) {
            double scale = root > 0 ? 0.5 / root : 0;
            for (int i = 0; i < n; i++) {
                work[i] *= scale;
            }
            pipeline.backward(work, gradOut);
        }
        return root + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
