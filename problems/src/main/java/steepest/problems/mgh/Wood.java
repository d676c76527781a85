package steepest.problems.mgh;

/**
 * MGH problem 14, Wood: n = 4, m = 6, r₁ = 10(x₂ − x₁²), r₂ = 1 − x₁, r₃ = √90(x₄ − x₃²),
 * r₄ = 1 − x₃, r₅ = √10(x₂ + x₄ − 2), r₆ = (x₂ − x₄)/√10; x0 = (−3, −1, −3, −1); f* = 0 at
 * (1, 1, 1, 1). Colville, "A comparative study on nonlinear programming codes", IBM NYSC Rep.
 * 320-2949, 1968.
 */
public final class Wood extends MghFunction {

    private static final double SQRT90 = Math.sqrt(90);
    private static final double SQRT10 = Math.sqrt(10);

    /** The only instance shape: n = 4, m = 6. */
    public Wood() {
        super(4, 6);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        switch (i) {
            case 0, 2 -> {
                int k = i;                                   // variables (k, k + 1)
                double scale = i == 0 ? 10 : SQRT90;
                if (gradient != null) {
                    gradient[k] = -2 * scale * x[k];
                    gradient[k + 1] = scale;
                }
                if (curvature != null) {
                    curvature[k] = -2 * scale * direction[k];
                }
                return scale * (x[k + 1] - x[k] * x[k]);
            }
            case 1, 3 -> {
                int k = i - 1;
                if (gradient != null) {
                    gradient[k] = -1;
                }
                return 1 - x[k];
            }
            case 4 -> {
                if (gradient != null) {
                    gradient[1] = SQRT10;
                    gradient[3] = SQRT10;
                }
                return SQRT10 * (x[1] + x[3] - 2);
            }
            default -> {
                if (gradient != null) {
                    gradient[1] = 1 / SQRT10;
                    gradient[3] = -1 / SQRT10;
                }
                return (x[1] - x[3]) / SQRT10;
            }
        }
    }

    @Override
    public double[] standardStart() {
        return new double[] {-3, -1, -3, -1};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, 1, 1, 1, 1);
    }
}
