package steepest.problems.mgh;

/**
 * MGH problem 9, Gaussian: n = 3, m = 15, rᵢ = x₁ exp(−x₂(tᵢ − x₃)²/2) − yᵢ with tᵢ = (8 − i)/2 and
 * the paper's symmetric data y; x0 = (0.4, 1, 0). f* = 1.12793...·10⁻⁸ (stated to full precision; by
 * the symmetry of the data x₃* = 0). Moré, Garbow and Hillstrom (1981).
 */
public final class Gaussian extends MghFunction {

    private static final double[] Y = {0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521,
        0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009};

    /** The only instance shape: n = 3, m = 15. */
    public Gaussian() {
        super(3, 15);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double d = (7 - i) / 2.0 - x[2];
        double e = Math.exp(-x[1] * d * d / 2);
        if (gradient != null) {
            gradient[0] = e;
            gradient[1] = -x[0] * e * d * d / 2;
            gradient[2] = x[0] * x[1] * d * e;
        }
        if (curvature != null) {
            double h01 = -d * d / 2 * e;
            double h02 = x[1] * d * e;
            double h11 = x[0] * d * d * d * d / 4 * e;
            double h12 = x[0] * d * e * (1 - x[1] * d * d / 2);
            double h22 = x[0] * x[1] * e * (x[1] * d * d - 1);
            curvature[0] = h01 * direction[1] + h02 * direction[2];
            curvature[1] = h01 * direction[0] + h11 * direction[1] + h12 * direction[2];
            curvature[2] = h02 * direction[0] + h12 * direction[1] + h22 * direction[2];
        }
        return x[0] * e - Y[i];
    }

    @Override
    public double[] standardStart() {
        return new double[] {0.4, 1, 0};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(1.127932769619216e-08, 0.39895613783875666, 1.0000190844878056, 0);
    }
}
