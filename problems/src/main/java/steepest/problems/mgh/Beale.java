package steepest.problems.mgh;

/**
 * MGH problem 5, Beale: n = 2, m = 3, rᵢ = yᵢ − x₁(1 − x₂ⁱ) with y = (1.5, 2.25, 2.625); x0 = (1, 1);
 * f* = 0 at (3, 0.5). Beale, "On an iterative method of finding a local minimum of a function of more
 * than one variable", Princeton Tech. Rep. 25, 1958.
 */
public final class Beale extends MghFunction {

    private static final double[] Y = {1.5, 2.25, 2.625};

    /** The only instance shape: n = 2, m = 3. */
    public Beale() {
        super(2, 3);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int k = i + 1;
        double power = Math.pow(x[1], k);
        double slope = k * Math.pow(x[1], k - 1);                        // d(x₂ᵏ)/dx₂
        if (gradient != null) {
            gradient[0] = power - 1;
            gradient[1] = x[0] * slope;
        }
        if (curvature != null) {
            double bend = k >= 2 ? k * (k - 1) * Math.pow(x[1], k - 2) : 0;  // d²(x₂ᵏ)/dx₂²
            curvature[0] = slope * direction[1];
            curvature[1] = slope * direction[0] + x[0] * bend * direction[1];
        }
        return Y[i] - x[0] * (1 - power);
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 1};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, 3, 0.5);
    }
}
