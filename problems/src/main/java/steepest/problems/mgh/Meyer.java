package steepest.problems.mgh;

/**
 * MGH problem 10, Meyer: n = 3, m = 16, rᵢ = x₁ exp(x₂/(tᵢ + x₃)) − yᵢ with tᵢ = 45 + 5i and the
 * paper's data y; x0 = (0.02, 4000, 250) where f ≈ 1.7·10⁹. f* = 87.9458... (stated to full
 * precision at x* ≈ (0.0056, 6181, 345)); a badly scaled, ill-conditioned fit. Meyer, "Theoretical and
 * computational aspects of nonlinear regression", in Nonlinear Programming, 1970.
 */
public final class Meyer extends MghFunction {

    private static final double[] Y = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005,
        5147, 4427, 3820, 3307, 2872};

    /** The only instance shape: n = 3, m = 16. */
    public Meyer() {
        super(3, 16);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double q = 45 + 5 * (i + 1) + x[2];
        double e = Math.exp(x[1] / q);
        if (gradient != null) {
            gradient[0] = e;
            gradient[1] = x[0] * e / q;
            gradient[2] = -x[0] * x[1] * e / (q * q);
        }
        if (curvature != null) {
            double h01 = e / q;
            double h02 = -x[1] * e / (q * q);
            double h11 = x[0] * e / (q * q);
            double h12 = -x[0] * e * (x[1] + q) / (q * q * q);
            double h22 = x[0] * x[1] * e * (x[1] + 2 * q) / (q * q * q * q);
            curvature[0] = h01 * direction[1] + h02 * direction[2];
            curvature[1] = h01 * direction[0] + h11 * direction[1] + h12 * direction[2];
            curvature[2] = h02 * direction[0] + h12 * direction[1] + h22 * direction[2];
        }
        return x[0] * e - Y[i];
    }

    @Override
    public double[] standardStart() {
        return new double[] {0.02, 4000, 250};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(87.94585517070841, 0.005609636471026837, 6181.346346286557, 345.2236346241428);
    }
}
