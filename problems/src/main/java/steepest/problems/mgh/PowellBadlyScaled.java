package steepest.problems.mgh;

/**
 * MGH problem 3, Powell badly scaled: n = m = 2, r₁ = 10⁴x₁x₂ − 1, r₂ = e^(−x₁) + e^(−x₂) − 1.0001;
 * x0 = (0, 1); f* = 0 at (1.098...·10⁻⁵, 9.106...) (given here to full precision). Powell, "A hybrid
 * method for nonlinear equations", in Numerical Methods for Nonlinear Algebraic Equations, 1970.
 */
public final class PowellBadlyScaled extends MghFunction {

    /** The only instance shape: n = m = 2. */
    public PowellBadlyScaled() {
        super(2, 2);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        if (i == 0) {
            if (gradient != null) {
                gradient[0] = 1e4 * x[1];
                gradient[1] = 1e4 * x[0];
            }
            if (curvature != null) {
                curvature[0] = 1e4 * direction[1];
                curvature[1] = 1e4 * direction[0];
            }
            return 1e4 * x[0] * x[1] - 1;
        }
        double e0 = Math.exp(-x[0]);
        double e1 = Math.exp(-x[1]);
        if (gradient != null) {
            gradient[0] = -e0;
            gradient[1] = -e1;
        }
        if (curvature != null) {
            curvature[0] = e0 * direction[0];
            curvature[1] = e1 * direction[1];
        }
        return e0 + e1 - 1.0001;
    }

    @Override
    public double[] standardStart() {
        return new double[] {0, 1};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, 1.0981593296998053e-05, 9.106146739866624);
    }
}
