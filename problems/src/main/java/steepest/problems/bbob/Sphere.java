package steepest.problems.bbob;

import steepest.optimizers.TwiceDifferentiable;

/**
 * f1, the sphere: f(x) = ‖x − x_opt‖² + f_opt. Smooth and convex; ∇f = 2(x − x_opt), ∇²f = 2I.
 * Hansen et al., INRIA RR-6829, f1.
 */
final class Sphere extends BbobObjective implements TwiceDifferentiable {

    private static final int FUNCTION = 1;

    private final double[] optimum;

    Sphere(int n, int instance) {
        super(n, LegacyRandom.optimalValue(FUNCTION, instance));
        this.optimum = LegacyRandom.optimum(n, LegacyRandom.seed(FUNCTION, instance));
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double z = x[i] - optimum[i];
            sum += z * z;
            if (gradOut != null) {
                gradOut[i] = 2 * z;
            }
        }
        return sum + optimalValue;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = 2 * v[i];
        }
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
