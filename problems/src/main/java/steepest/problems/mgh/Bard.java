package steepest.problems.mgh;

/**
 * MGH problem 8, Bard: n = 3, m = 15, rᵢ = yᵢ − (x₁ + uᵢ/(vᵢx₂ + wᵢx₃)) with uᵢ = i, vᵢ = 16 − i,
 * wᵢ = min(uᵢ, vᵢ) and the paper's data y; x0 = (1, 1, 1). f* = 8.21487...·10⁻³ (stated to full
 * precision with its minimizer); the paper also lists f = 17.4286... at (0.8406..., −∞, −∞). Bard,
 * "Comparison of gradient methods for the solution of nonlinear parameter estimation problems",
 * SIAM J. Numer. Anal. 7, 1970.
 */
public final class Bard extends MghFunction {

    private static final double[] Y = {0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96,
        1.34, 2.10, 4.39};

    /** The only instance shape: n = 3, m = 15. */
    public Bard() {
        super(3, 15);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double u = i + 1;
        double v = 16 - u;
        double w = Math.min(u, v);
        double d = v * x[1] + w * x[2];
        if (gradient != null) {
            gradient[0] = -1;
            gradient[1] = u * v / (d * d);
            gradient[2] = u * w / (d * d);
        }
        if (curvature != null) {
            double c = -2 * u / (d * d * d) * (v * direction[1] + w * direction[2]);
            curvature[1] = c * v;
            curvature[2] = c * w;
        }
        return Y[i] - (x[0] + u / d);
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 1, 1};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0.008214877306578971, 0.08241055974978896, 1.133036092029722, 2.3436951786425366);
    }
}
