package steepest.problems.mgh;

/**
 * MGH problem 12, Box three-dimensional: n = 3, m &gt;= 3 (standard m = 10),
 * rᵢ = e^(−tᵢx₁) − e^(−tᵢx₂) − x₃(e^(−tᵢ) − e^(−10tᵢ)) with tᵢ = 0.1i; x0 = (0, 10, 20). f* = 0 at
 * (1, 10, 1), at (10, 1, −1) and wherever x₁ = x₂, x₃ = 0; (1, 10, 1) is stated. Box, "A comparison
 * of several current optimization methods", Computer J. 9, 1966.
 */
public final class Box3d extends MghFunction {

    /** @param m the number of residuals, &gt;= 3 */
    public Box3d(int m) {
        super(3, atLeast("m", m, 3));
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double t = (i + 1) / 10.0;
        double a = Math.exp(-t * x[0]);
        double b = Math.exp(-t * x[1]);
        double c = Math.exp(-t) - Math.exp(-10 * t);
        if (gradient != null) {
            gradient[0] = -t * a;
            gradient[1] = t * b;
            gradient[2] = -c;
        }
        if (curvature != null) {
            curvature[0] = t * t * a * direction[0];
            curvature[1] = -t * t * b * direction[1];
        }
        return a - b - x[2] * c;
    }

    @Override
    public double[] standardStart() {
        return new double[] {0, 10, 20};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, 1, 10, 1);
    }
}
