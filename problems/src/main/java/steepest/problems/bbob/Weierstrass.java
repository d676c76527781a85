package steepest.problems.bbob;

/**
 * f16, Weierstrass: f(x) = 10 (S/n − f₀)³ + (10/n) f_pen(x) + f_opt with
 * S = Σᵢ Σₖ₌₀¹¹ 2⁻ᵏ cos(2π 3ᵏ (zᵢ + 1/2)), f₀ = Σₖ 2⁻ᵏ cos(π 3ᵏ) and
 * z = R Λ^(1/100) Q T_osz(R (x − x_opt)). Rugged (twelve frequencies up to 3¹¹) but smooth in z.
 *
 * <p>Not differentiable on the hyperplanes uᵢ = 0, u = R (x − x_opt), through T_osz's kink, which
 * the rotation after it spreads to every zᵢ; there the subgradient uses T_osz'(0) = 1 (see
 * {@link Transforms#oscillate}). At x_opt (S/n = f₀) the gradient is 0. Hansen et al., INRIA
 * RR-6829, f16 (COCO: f_weierstrass.c).
 */
final class Weierstrass extends BbobObjective {

    private static final int FUNCTION = 16;
    private static final int TERMS = 12;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] amplitudes = new double[TERMS];
    private final double[] frequencies = new double[TERMS];
    private final double offset;
    private final double penaltyFactor;
    private final double[] z;
    private final double[] dz;

    Weierstrass(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.optimum = LegacyRandom.optimum(n, seed);
        double[][] r = LegacyRandom.rotation(n, seed + 1000000);
        this.pipeline = Pipeline.oscillated(optimum, new LinearMap.Dense(r),
                LinearMap.Dense.product(r, Transforms.conditioning(0.01, n), LegacyRandom.rotation(n, seed)));
        double sum = 0;
        for (int k = 0; k < TERMS; k++) {
            amplitudes[k] = Math.pow(0.5, k);
            frequencies[k] = Math.pow(3.0, k);
            sum += amplitudes[k] * Math.cos(2 * Math.PI * frequencies[k] * 0.5);
        }
        this.offset = sum;
        this.penaltyFactor = 10.0 / n;
        this.z = new double[n];
        this.dz = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        boolean gradient = gradOut != null;
        pipeline.forward(x, z, gradient);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double derivative = 0;
            for (int k = 0; k < TERMS; k++) {
                double angle = 2 * Math.PI * (z[i] + 0.5) * frequencies[k];
                sum += Math.cos(angle) * amplitudes[k];
                if (gradient) {
                    derivative -= Math.sin(angle) * amplitudes[k] * 2 * Math.PI * frequencies[k];
                }
            }
            dz[i] = derivative;
        }
        double base = sum / n - offset;
        if (gradient) {
            double scale = 30 * base * base / n;
            for (int i = 0; i < n; i++) {
                dz[i] *= scale;
            }
            pipeline.backward(dz, gradOut);
        }
        double raw = 10 * Math.pow(base, 3.0);
        return raw + optimalValue + penaltyFactor * Transforms.penalty(x, 5, penaltyFactor, gradOut);
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
