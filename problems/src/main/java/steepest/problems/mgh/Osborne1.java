package steepest.problems.mgh;

/**
 * MGH problem 17, Osborne 1: n = 5, m = 33, rᵢ = yᵢ − (x₁ + x₂e^(−tᵢx₄) + x₃e^(−tᵢx₅)) with
 * tᵢ = 10(i − 1) and the paper's data y; x0 = (0.5, 1.5, −1, 0.01, 0.02). f* = 5.46489...·10⁻⁵
 * (stated to full precision). Osborne, "Some aspects of nonlinear least squares calculations", in
 * Numerical Methods for Nonlinear Optimization, 1972.
 */
public final class Osborne1 extends MghFunction {

    private static final double[] Y = {0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784,
        0.751, 0.718, 0.685, 0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457,
        0.448, 0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406};

    /** The only instance shape: n = 5, m = 33. */
    public Osborne1() {
        super(5, 33);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double t = 10.0 * i;
        double a = Math.exp(-t * x[3]);
        double b = Math.exp(-t * x[4]);
        if (gradient != null) {
            gradient[0] = -1;
            gradient[1] = -a;
            gradient[2] = -b;
            gradient[3] = x[1] * t * a;
            gradient[4] = x[2] * t * b;
        }
        if (curvature != null) {
            curvature[1] = t * a * direction[3];
            curvature[2] = t * b * direction[4];
            curvature[3] = t * a * direction[1] - x[1] * t * t * a * direction[3];
            curvature[4] = t * b * direction[2] - x[2] * t * t * b * direction[4];
        }
        return Y[i] - (x[0] + x[1] * a + x[2] * b);
    }

    @Override
    public double[] standardStart() {
        return new double[] {0.5, 1.5, -1, 0.01, 0.02};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(5.464894697482777e-05, 0.375410052106952, 1.9358469127123639, -1.4646871366134198,
                0.01286753464005728, 0.022122699661672626);
    }
}
