package steepest.problems.bbob;

/**
 * f24, Lunacek bi-Rastrigin: f(x) = min(Σᵢ (x̂ᵢ − μ₀)², n + s Σᵢ (x̂ᵢ − μ₁)²) + 10 (n − Σᵢ cos 2πzᵢ)
 * + 10⁴ f_pen(x) + f_opt with x̂ = 2 sign(x_opt) ⊙ x, z = Q Λ^100 R (x̂ − μ₀), μ₀ = 2.5,
 * s = 1 − 1/(2√(n+20) − 8.2), μ₁ = −√((μ₀² − 1)/s); x_opt = μ₀/2 · (signs of seed r's normals).
 *
 * <p>Not differentiable where the two funnels meet (the two quadratics equal). Gradient of the funnel
 * COCO's min picks (the first on ties), plus 20π Mᵀ sin 2πz pulled back through x̂, plus 10⁴ ∇f_pen.
 * Hansen et al., INRIA RR-6829, f24; Lunacek, Whitley and Sutton, PPSN X, 2008 (COCO:
 * f_lunacek_bi_rastrigin.c).
 */
final class LunacekBiRastrigin extends BbobObjective {

    private static final int FUNCTION = 24;
    private static final double MU0 = 2.5;
    private static final double PENALTY = 1e4;
    private static final double TWO_PI = 2 * Math.PI;

    private final double[] optimum;
    private final LinearMap map;
    private final double s;
    private final double mu1;
    private final double[] hat;
    private final double[] work;
    private final double[] z;

    LunacekBiRastrigin(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.map = LegacyRandom.conditionedRotation(n, seed, 100);
        double[] signs = LegacyRandom.gaussian(n, seed);
        this.optimum = new double[n];
        for (int i = 0; i < n; i++) {
            optimum[i] = signs[i] < 0 ? -0.5 * MU0 : 0.5 * MU0;
        }
        this.s = 1. - 0.5 / (Math.sqrt(n + 20.0) - 4.1);
        this.mu1 = -Math.sqrt((MU0 * MU0 - 1.) / s);
        this.hat = new double[n];
        this.work = new double[n];
        this.z = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        for (int i = 0; i < n; i++) {
            hat[i] = 2. * x[i];
            if (optimum[i] < 0.) {
                hat[i] *= -1.;
            }
            work[i] = hat[i] - MU0;
        }
        map.apply(work, z);
        double near = 0;
        double far = 0;
        double cosines = 0;
        for (int i = 0; i < n; i++) {
            near += (hat[i] - MU0) * (hat[i] - MU0);
            far += (hat[i] - mu1) * (hat[i] - mu1);
            cosines += Math.cos(TWO_PI * z[i]);
        }
        double second = 1. * n + s * far;
        boolean nearWins = near <= second;
        if (gradOut != null) {
            for (int i = 0; i < n; i++) {
                z[i] = 10 * TWO_PI * Math.sin(TWO_PI * z[i]);
            }
            map.applyTransposed(z, work);
            for (int i = 0; i < n; i++) {
                double funnel = nearWins ? 2 * (hat[i] - MU0) : 2 * s * (hat[i] - mu1);
                double dHat = funnel + work[i];
                gradOut[i] = optimum[i] < 0 ? -2 * dHat : 2 * dHat;
            }
        }
        double penalty = Transforms.penalty(x, 5, PENALTY, gradOut);
        return (nearWins ? near : second) + 10. * (n - cosines) + PENALTY * penalty + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
