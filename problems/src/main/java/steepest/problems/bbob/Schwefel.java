package steepest.problems.bbob;

/**
 * f20, Schwefel x sin(√|x|): f(x) = 0.01 (Σᵢ max(0, |zᵢ| − 500)² + 418.9828872724339 −
 * (1/n) Σᵢ zᵢ sin √|zᵢ|) + f_opt, with COCO's chain of linear maps: x̂ = 2 𝟙± ⊙ x (𝟙± the signs of
 * x_opt = ±4.2096874637/2, drawn from seed r), ẑ₁ = x̂₁, ẑᵢ = x̂ᵢ + (x̂ᵢ₋₁ − 2|x_opt,i−1|)/4,
 * z = 100 (Λ^10 (ẑ − 2|x_opt|) + 2|x_opt|). At x_opt, zᵢ = 420.96874637, within 10⁻⁸ of the
 * minimizer of z sin √|z|, so f(x_opt) − f_opt is of the order of 10⁻¹⁵.
 *
 * <p>Continuously differentiable (d/dz z sin √|z| = sin √|z| + (√|z|/2) cos √|z| is continuous, and
 * so is the penalty's derivative); the gradient is that derivative pulled back through the linear
 * maps. Hansen et al., INRIA RR-6829, f20 (COCO: f_schwefel.c, transform_vars_x_hat.c,
 * transform_vars_z_hat.c).
 */
final class Schwefel extends BbobObjective {

    private static final int FUNCTION = 20;
    private static final double OPTIMUM = 4.2096874637;
    private static final double LEVEL = 418.9828872724339;
    private static final double BOUND = 500;

    private final double[] optimum;
    private final double[] twiceMagnitude;
    private final double[] lambda;
    private final double[] z;

    Schwefel(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        double[] u = LegacyRandom.uniform(n, LegacyRandom.seed(FUNCTION, instance));
        this.optimum = new double[n];
        this.twiceMagnitude = new double[n];
        for (int i = 0; i < n; i++) {
            optimum[i] = (u[i] < 0.5 ? -1 : 1) * 0.5 * OPTIMUM;
            twiceMagnitude[i] = 2 * Math.abs(optimum[i]);
        }
        this.lambda = Transforms.conditioning(10, n);
        this.z = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        // x̂ (signs, then doubled), ẑ (each coordinate plus a quarter of the previous one's excess),
        // then Λ^10 around 2|x_opt| and the scale 100; previous = x̂ᵢ₋₁.
        double previous = 0;
        for (int i = 0; i < n; i++) {
            double hat = 2 * (optimum[i] < 0 ? -x[i] : x[i]);
            double shifted = i == 0 ? hat : hat + 0.25 * (previous - twiceMagnitude[i - 1]);
            previous = hat;
            z[i] = 100 * (lambda[i] * (shifted - twiceMagnitude[i]) + twiceMagnitude[i]);
        }
        double penalty = Transforms.penalty(z, BOUND, 1, null);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double root = Math.sqrt(Math.abs(z[i]));
            sum += z[i] * Math.sin(root);
            if (gradOut != null) {
                double excess = Math.abs(z[i]) - BOUND;
                double dPenalty = excess > 0 ? 2 * Math.copySign(excess, z[i]) : 0;
                double dSum = Math.sin(root) + 0.5 * root * Math.cos(root);
                // ∂f/∂ẑᵢ = 0.01 · 100 λᵢ · ∂raw/∂zᵢ
                z[i] = lambda[i] * (dPenalty - dSum / n);
            }
        }
        if (gradOut != null) {
            for (int i = n - 1; i >= 0; i--) {
                double dHat = z[i] + (i + 1 < n ? 0.25 * z[i + 1] : 0);
                gradOut[i] = 2 * (optimum[i] < 0 ? -dHat : dHat);
            }
        }
        return 0.01 * (penalty + LEVEL - sum / (double) n) + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
