package steepest.problems.bbob;

/**
 * f23, Katsuura: f(x) = (10/n²) (Πᵢ (1 + (i+1) Σⱼ₌₁³² |2ʲzᵢ − [2ʲzᵢ]|/2ʲ)^(10/n^1.2) − 1) +
 * f_pen(x) + f_opt with z = Q Λ^100 R (x − x_opt), [·] rounding as ⌊·+0.5⌋.
 *
 * <p>Not differentiable on a dense grid: each term is a sawtooth in zᵢ with kinks every 2^−(j+1),
 * so along any line f is piecewise linear in z on pieces of length 2⁻³³ at most. The gradient
 * returned is the slope of the piece: ∂/∂zᵢ Σⱼ = Σⱼ sign(2ʲzᵢ − [2ʲzᵢ]) (sign 0 on a kink, the
 * midpoint of the two one-sided slopes ±1 of that term), then the product rule and Mᵀ. It is exact
 * wherever f is differentiable, i.e. off the kinks; finite differences with any step a double
 * allows cannot resolve pieces this short, which is why the catalog test compares difference
 * quotients with this gradient's mean over the difference interval. Hansen et al., INRIA RR-6829,
 * f23 (COCO: f_katsuura.c).
 */
final class Katsuura extends BbobObjective {

    private static final int FUNCTION = 23;
    private static final int TERMS = 32;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double exponent;
    private final double[] work;
    private final double[] z;

    Katsuura(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.optimum = LegacyRandom.optimum(n, seed);
        this.pipeline = Pipeline.linear(optimum, LegacyRandom.conditionedRotation(n, seed, 100));
        this.exponent = 10. / Math.pow(n, 1.2);
        this.work = new double[n];
        this.z = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        pipeline.forward(x, z, false);
        double product = 1.0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double slope = 0;
            for (int j = 1; j <= TERMS; j++) {
                double power = Math.scalb(1.0, j);
                double scaled = power * z[i];
                double residual = scaled - Math.floor(scaled + 0.5);
                sum += Math.abs(residual) / power;
                slope += Math.signum(residual);
            }
            double factor = 1.0 + (i + 1) * sum;
            product *= Math.pow(factor, exponent);
            // ∂ ln(factor^e)/∂zᵢ, multiplied by the product below
            work[i] = exponent * (i + 1) * slope / factor;
        }
        double scale = 10. / n / n;
        if (gradOut != null) {
            for (int i = 0; i < n; i++) {
                work[i] *= scale * product;
            }
            pipeline.backward(work, gradOut);
        }
        return scale * (-1. + product) + optimalValue + Transforms.penalty(x, 5, 1, gradOut);
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
