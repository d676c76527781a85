package steepest.problems.mgh;

/**
 * MGH problem 7, helical valley: n = m = 3, r₁ = 10(x₃ − 10θ(x₁, x₂)), r₂ = 10(√(x₁² + x₂²) − 1),
 * r₃ = x₃, with 2πθ = arctan(x₂/x₁) for x₁ &gt; 0 and arctan(x₂/x₁) + π for x₁ &lt; 0 (θ = ±1/4 on
 * x₁ = 0, as MINPACK). x0 = (−1, 0, 0); f* = 0 at (1, 0, 0). θ jumps by 1 across the half-plane
 * x₁ = 0, x₂ &lt; 0, so f is smooth everywhere except on that cut. Fletcher and Powell, "A rapidly
 * convergent descent method for minimization", Computer J. 6, 1963.
 */
public final class HelicalValley extends MghFunction {

    private static final double TWO_PI = 2 * Math.PI;

    /** The only instance shape: n = m = 3. */
    public HelicalValley() {
        super(3, 3);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double a = x[0];
        double b = x[1];
        double s = a * a + b * b;
        switch (i) {
            case 0 -> {
                if (gradient != null) {
                    gradient[0] = 100 * b / (TWO_PI * s);
                    gradient[1] = -100 * a / (TWO_PI * s);
                    gradient[2] = 10;
                }
                if (curvature != null) {
                    // −100 ∇²θ v with ∇²θ = [[2ab, b² − a²], [b² − a², −2ab]] / (2π s²)
                    double c = -100 / (TWO_PI * s * s);
                    curvature[0] = c * (2 * a * b * direction[0] + (b * b - a * a) * direction[1]);
                    curvature[1] = c * ((b * b - a * a) * direction[0] - 2 * a * b * direction[1]);
                }
                return 10 * (x[2] - 10 * theta(a, b));
            }
            case 1 -> {
                double rho = Math.sqrt(s);
                if (gradient != null) {
                    gradient[0] = 10 * a / rho;
                    gradient[1] = 10 * b / rho;
                }
                if (curvature != null) {
                    double along = (a * direction[0] + b * direction[1]) / s;
                    curvature[0] = 10 / rho * (direction[0] - along * a);
                    curvature[1] = 10 / rho * (direction[1] - along * b);
                }
                return 10 * (rho - 1);
            }
            default -> {
                if (gradient != null) {
                    gradient[2] = 1;
                }
                return x[2];
            }
        }
    }

    private static double theta(double a, double b) {
        if (a > 0) {
            return Math.atan(b / a) / TWO_PI;
        }
        if (a < 0) {
            return Math.atan(b / a) / TWO_PI + 0.5;
        }
        return Math.copySign(0.25, b);
    }

    @Override
    public double[] standardStart() {
        return new double[] {-1, 0, 0};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, 1, 0, 0);
    }
}
