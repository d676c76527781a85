package steepest.problems.mgh;

/**
 * MGH problem 15, Kowalik and Osborne: n = 4, m = 11, rᵢ = yᵢ − x₁(uᵢ² + uᵢx₂)/(uᵢ² + uᵢx₃ + x₄) with
 * the paper's data y and u (u₆ = 0.167 as printed, not 1/6); x0 = (0.25, 0.39, 0.415, 0.39).
 * f* = 3.07505...·10⁻⁴ (stated to full precision); the paper also lists f = 1.02734...·10⁻³ at
 * (+∞, −14.07..., −∞, −∞). Kowalik and Osborne, "Methods for Unconstrained Optimization Problems",
 * 1968.
 */
public final class KowalikOsborne extends MghFunction {

    private static final double[] Y = {0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323,
        0.0235, 0.0246};
    private static final double[] U = {4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625};

    /** The only instance shape: n = 4, m = 11. */
    public KowalikOsborne() {
        super(4, 11);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double u = U[i];
        double num = u * u + u * x[1];
        double den = u * u + u * x[2] + x[3];
        if (gradient != null) {
            gradient[0] = -num / den;
            gradient[1] = -x[0] * u / den;
            gradient[2] = x[0] * num * u / (den * den);
            gradient[3] = x[0] * num / (den * den);
        }
        if (curvature != null) {
            double d2 = den * den;
            double d3 = d2 * den;
            double h01 = -u / den;
            double h02 = num * u / d2;
            double h03 = num / d2;
            double h12 = x[0] * u * u / d2;
            double h13 = x[0] * u / d2;
            double h22 = -2 * x[0] * num * u * u / d3;
            double h23 = -2 * x[0] * num * u / d3;
            double h33 = -2 * x[0] * num / d3;
            double[] v = direction;
            curvature[0] = h01 * v[1] + h02 * v[2] + h03 * v[3];
            curvature[1] = h01 * v[0] + h12 * v[2] + h13 * v[3];
            curvature[2] = h02 * v[0] + h12 * v[1] + h22 * v[2] + h23 * v[3];
            curvature[3] = h03 * v[0] + h13 * v[1] + h23 * v[2] + h33 * v[3];
        }
        return Y[i] - x[0] * num / den;
    }

    @Override
    public double[] standardStart() {
        return new double[] {0.25, 0.39, 0.415, 0.39};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0.00030750560384923767, 0.19280693457903791, 0.1912823287343667, 0.12305650692632075,
                0.13606233068379472);
    }
}
