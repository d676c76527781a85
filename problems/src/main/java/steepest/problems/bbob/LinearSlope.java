package steepest.problems.bbob;

/**
 * f5, the linear slope: f(x) = Σᵢ 5|sᵢ| − sᵢ zᵢ + f_opt with sᵢ = sign(x_opt,i) 10^(i/(n−1)) and
 * zᵢ = xᵢ where xᵢ x_opt,i &lt; 25, zᵢ = x_opt,i otherwise; x_opt = 5 sign of the usual draw, a corner
 * of [−5, 5]ⁿ. Linear inside, flat beyond the corner's faces; convex.
 *
 * <p>Not differentiable on the faces xᵢ = x_opt,i, where the slope −sᵢ meets the flat part, and
 * x_opt lies on all of them. Gradient −sᵢ where xᵢ x_opt,i &lt; 25, else 0 (COCO's branch): on a face
 * that is 0, an element of the subdifferential [min(0, −sᵢ), max(0, −sᵢ)] of the convex f, which
 * makes x_opt stationary. Hansen et al., INRIA RR-6829, f5 (COCO: f_linear_slope.c).
 */
final class LinearSlope extends BbobObjective {

    private static final int FUNCTION = 5;

    private final double[] optimum;
    private final double[] slopes;

    LinearSlope(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        this.optimum = LegacyRandom.optimum(n, LegacyRandom.seed(FUNCTION, instance));
        this.slopes = new double[n];
        for (int i = 0; i < n; i++) {
            double magnitude = Math.pow(Math.sqrt(100.0), i / (n - 1.0));
            slopes[i] = optimum[i] > 0 ? magnitude : -magnitude;
            optimum[i] = optimum[i] < 0 ? -5 : 5;
        }
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            boolean inside = x[i] * optimum[i] < 25;
            sum += 5 * Math.abs(slopes[i]) - slopes[i] * (inside ? x[i] : optimum[i]);
            if (gradOut != null) {
                gradOut[i] = inside ? -slopes[i] : 0;
            }
        }
        return sum + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
