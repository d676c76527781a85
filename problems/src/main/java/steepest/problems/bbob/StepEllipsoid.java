package steepest.problems.bbob;

/**
 * f7, the step ellipsoid: f(x) = 0.1 max(10⁻⁴ |ẑ₁|, Σᵢ 10^(2i/(n−1)) zᵢ²) + f_pen(x) + f_opt with
 * ẑ = Λ^10 R (x − x_opt), z̃ = ẑ rounded to integers where |ẑᵢ| &gt; 0.5 and to tenths elsewhere
 * (⌊·+0.5⌋, as COCO), z = Q z̃. The rounding makes f piecewise constant on plateaus, except where the
 * first term wins the max (near x_opt), where f grows like |ẑ₁|.
 *
 * <p>Not continuous: f jumps on the plateaus' boundaries. The gradient returned is the one of the
 * piece that contains x (pieces closed as ⌊·+0.5⌋ rounds): 0 on a plateau where the sum wins,
 * 10⁻⁵ sign(ẑ₁) ∂ẑ₁/∂x where 10⁻⁴|ẑ₁| wins (sign 0 at ẑ₁ = 0, a subgradient of |ẑ₁| there), plus
 * ∇f_pen. It is the exact gradient wherever f is differentiable, i.e. off the plateau boundaries;
 * on them f has no subgradient. ẑ and z are summed in COCO's order so that rounding picks COCO's
 * plateau. Hansen et al., INRIA RR-6829, f7 (COCO: f_step_ellipsoid.c).
 */
final class StepEllipsoid extends BbobObjective {

    private static final int FUNCTION = 7;

    private final double[] optimum;
    private final double[][] inner;
    private final double[][] outer;
    private final double[] scales;
    private final double[] weights;
    private final double[] rounded;

    StepEllipsoid(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.optimum = LegacyRandom.optimum(n, seed);
        this.outer = LegacyRandom.rotation(n, seed + 1000000);
        this.inner = LegacyRandom.rotation(n, seed);
        this.scales = new double[n];
        this.weights = new double[n];
        for (int i = 0; i < n; i++) {
            scales[i] = Math.sqrt(Math.pow(10.0, (double) i / (n - 1)));
            weights[i] = Math.pow(100.0, i / (n - 1.0));
        }
        this.rounded = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        double first = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += scales[i] * inner[i][j] * (x[j] - optimum[j]);
            }
            if (i == 0) {
                first = sum;
            }
            rounded[i] = Math.abs(sum) > 0.5 ? Math.floor(sum + 0.5) : Math.floor(10 * sum + 0.5) / 10;
        }
        double ellipsoid = 0;
        for (int i = 0; i < n; i++) {
            double zi = 0;
            for (int j = 0; j < n; j++) {
                zi += outer[i][j] * rounded[j];
            }
            ellipsoid += weights[i] * zi * zi;
        }
        double linear = Math.abs(first) * 1e-4;
        boolean linearWins = linear >= ellipsoid;
        if (gradOut != null) {
            double slope = linearWins ? 0.1 * 1e-4 * Math.signum(first) * scales[0] : 0;
            for (int j = 0; j < n; j++) {
                gradOut[j] = slope * inner[0][j];
            }
        }
        double penalty = Transforms.penalty(x, 5, 1, gradOut);
        return 0.1 * (linearWins ? linear : ellipsoid) + penalty + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
