package steepest.problems.bbob;

/**
 * f6, the attractive sector: f(x) = T_osz(Σᵢ wᵢ zᵢ²)^0.9 + f_opt with z = Q Λ^10 R (x − x_opt) and
 * wᵢ = 10⁴ where zᵢ x_opt,i &gt; 0, 1 otherwise: steep in the sector that contains the origin.
 * Gradient (∂F/∂v) Mᵀ(2 wᵢ zᵢ) with F = T_osz(v)^0.9, ∂F/∂v = 0.9 F T_osz'(v)/T_osz(v).
 *
 * <p>Continuously differentiable: wᵢ jumps where zᵢ = 0, where ∂v/∂zᵢ = 2wᵢzᵢ = 0 on both sides;
 * T_osz's kink is at v = 0, i.e. only at x_opt, where f − f_opt ~ |z|^1.8 has gradient 0 (returned
 * there). Hansen et al., INRIA RR-6829, f6 (COCO: f_attractive_sector.c).
 */
final class AttractiveSector extends BbobObjective {

    private static final int FUNCTION = 6;
    private static final double EXPONENT = 0.9;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] slope = new double[1];
    private final double[] work;
    private final double[] z;

    AttractiveSector(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        long seed = LegacyRandom.seed(FUNCTION, instance);
        this.optimum = LegacyRandom.optimum(n, seed);
        this.pipeline = Pipeline.linear(optimum, LegacyRandom.conditionedRotation(n, seed, 10));
        this.work = new double[n];
        this.z = new double[n];
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        pipeline.forward(x, z, false);
        double v = 0;
        for (int i = 0; i < n; i++) {
            double weight = optimum[i] * z[i] > 0 ? 1e4 : 1;
            v += weight * z[i] * z[i];
            work[i] = 2 * weight * z[i];
        }
        double oscillated = Transforms.oscillate(v, gradOut == null ? null : slope, 0);
        double f = Math.pow(oscillated, EXPONENT);
        if (gradOut != null) {
            double dv = v == 0 ? 0 : EXPONENT * f / oscillated * slope[0];
            for (int i = 0; i < n; i++) {
                work[i] *= dv;
            }
            pipeline.backward(work, gradOut);
        }
        return f + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
