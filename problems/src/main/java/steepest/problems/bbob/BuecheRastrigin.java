package steepest.problems.bbob;

/**
 * f4, Büche-Rastrigin: f(x) = 10 (n − Σᵢ cos 2πzᵢ) + ‖z‖² + 100 f_pen(x) + f_opt with
 * zᵢ = sᵢ T_osz(xᵢ − x_opt,i), sᵢ = 10^(i/(2(n−1))), times 10 more where i is even (0-based) and
 * T_osz(·) &gt; 0. Its x_opt is COCO's: the even coordinates of the usual draw made positive (a
 * step of the 2009 code that the definition does not state).
 *
 * <p>Continuously differentiable: the scale sᵢ jumps where T_osz(uᵢ) = 0, i.e. uᵢ = 0, and so does
 * T_osz's slope, but ∂f/∂zᵢ = 20π sin 2πzᵢ + 2zᵢ vanishes there. Hansen et al., INRIA RR-6829, f4
 * (COCO: f_bueche_rastrigin.c, transform_vars_brs.c).
 */
final class BuecheRastrigin extends BbobObjective {

    private static final int FUNCTION = 4;
    private static final double TWO_PI = 2 * Math.PI;
    private static final double PENALTY = 100;

    private final double[] optimum;
    private final double[] scales;
    private final double[] slopes;

    BuecheRastrigin(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        this.optimum = LegacyRandom.optimum(n, LegacyRandom.seed(FUNCTION, instance));
        for (int i = 0; i < n; i += 2) {
            optimum[i] = Math.abs(optimum[i]);
        }
        this.scales = new double[n];
        for (int i = 0; i < n; i++) {
            scales[i] = Math.pow(Math.sqrt(10.0), i / (n - 1.0));
        }
        this.slopes = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        boolean gradient = gradOut != null;
        double cosines = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double y = Transforms.oscillate(x[i] - optimum[i], gradient ? slopes : null, i);
            double scale = y > 0 && i % 2 == 0 ? 10 * scales[i] : scales[i];
            double z = scale * y;
            cosines += Math.cos(2 * Math.PI * z);
            squares += z * z;
            if (gradient) {
                gradOut[i] = (10 * TWO_PI * Math.sin(TWO_PI * z) + 2 * z) * scale * slopes[i];
            }
        }
        double raw = 10 * (n - cosines) + squares;
        return raw + optimalValue + PENALTY * Transforms.penalty(x, 5, PENALTY, gradOut);
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
