package steepest.problems.bbob;

/**
 * f17 and f18, Schaffers F7 with condition 10 and 1000: f(x) = ((1/(n−1)) Σᵢ₌₀ⁿ⁻² h(sᵢ))² +
 * 10 f_pen(x) + f_opt with h(s) = s^(1/4) (1 + sin²(50 s^(1/10))), sᵢ = zᵢ² + zᵢ₊₁² and
 * z = Λ^c Q T_asy^0.5(R (x − x_opt)). COCO gives f18 f17's seeds (17 + 10000 i): the same x_opt,
 * rotations and f_opt, only the conditioning differs.
 *
 * <p>Not differentiable (nor Lipschitz) where a pair zᵢ = zᵢ₊₁ = 0, including x_opt: h'(s)·2zᵢ
 * grows like s^(−1/4). There the pair's term contributes 0 to the gradient, a subgradient of its
 * minimum. Elsewhere the gradient is the chain rule through h'(s) = s^(−3/4)(1 + sin²(50 s^0.1))/4
 * + 5 s^(−0.65) sin(100 s^0.1), Λ^c Q, T_asy' and R. Hansen et al., INRIA RR-6829, f17, f18
 * (COCO: f_schaffers.c).
 */
final class Schaffers extends BbobObjective {

    private static final double PENALTY = 10;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] z;
    private final double[] dz;

    /**
     * @param function     17 or 18
     * @param conditioning 10 (f17) or 1000 (f18)
     */
    Schaffers(int function, double conditioning, int n, int instance) {
        super(n, LegacyRandom.optimalValue(function, instance));
        long seed = LegacyRandom.seed(function, instance);
        this.optimum = LegacyRandom.optimum(n, seed);
        double[][] q = LegacyRandom.rotation(n, seed);
        for (int i = 0; i < n; i++) {
            double scale = Math.pow(Math.sqrt(conditioning), i / (n - 1.0));
            for (int j = 0; j < n; j++) {
                q[i][j] *= scale;
            }
        }
        LinearMap r = new LinearMap.Dense(LegacyRandom.rotation(n, seed + 1000000));
        this.pipeline = Pipeline.asymmetric(optimum, r, 0.5, new LinearMap.Dense(q));
        this.z = new double[n];
        this.dz = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        boolean gradient = gradOut != null;
        pipeline.forward(x, z, gradient);
        double sum = 0;
        if (gradient) {
            java.util.Arrays.fill(dz, 0);
        }
        for (int i = 0; i < n - 1; i++) {
            double s = z[i] * z[i] + z[i + 1] * z[i + 1];
            if (Double.isInfinite(s)) {
                // sin(∞) is NaN; COCO returns the infinite s.
                if (gradient) {
                    java.util.Arrays.fill(gradOut, Double.NaN);
                }
                return s;
            }
            double tenth = Math.pow(s, 0.1);
            double sine = Math.sin(50.0 * tenth);
            double quarter = Math.pow(s, 0.25);
            sum += quarter * (1.0 + Math.pow(sine, 2.0));
            if (gradient && s > 0) {
                double slope = 0.25 * quarter / s * (1 + sine * sine) + 5 * quarter * tenth / s * Math.sin(100 * tenth);
                dz[i] += slope * 2 * z[i];
                dz[i + 1] += slope * 2 * z[i + 1];
            }
        }
        double mean = sum / (n - 1.0);
        if (gradient) {
            double scale = 2 * mean / (n - 1.0);
            for (int i = 0; i < n; i++) {
                dz[i] *= scale;
            }
            pipeline.backward(dz, gradOut);
        }
        return Math.pow(mean, 2.0) + optimalValue + PENALTY * Transforms.penalty(x, 5, PENALTY, gradOut);
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
