package steepest.problems.mgh;

/**
 * MGH problem 4, Brown badly scaled: n = 2, m = 3, r₁ = x₁ − 10⁶, r₂ = x₂ − 2·10⁻⁶, r₃ = x₁x₂ − 2;
 * x0 = (1, 1) where f ≈ 10¹²; f* = 0 at (10⁶, 2·10⁻⁶). Brown, unpublished (1979), as given by Moré,
 * Garbow and Hillstrom. Central differences of f lose about 12 digits here (REFERENCES.md).
 */
public final class BrownBadlyScaled extends MghFunction {

    /** The only instance shape: n = 2, m = 3. */
    public BrownBadlyScaled() {
        super(2, 3);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        switch (i) {
            case 0 -> {
                if (gradient != null) {
                    gradient[0] = 1;
                }
                return x[0] - 1e6;
            }
            case 1 -> {
                if (gradient != null) {
                    gradient[1] = 1;
                }
                return x[1] - 2e-6;
            }
            default -> {
                if (gradient != null) {
                    gradient[0] = x[1];
                    gradient[1] = x[0];
                }
                if (curvature != null) {
                    curvature[0] = direction[1];
                    curvature[1] = direction[0];
                }
                return x[0] * x[1] - 2;
            }
        }
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 1};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, 1e6, 2e-6);
    }
}
