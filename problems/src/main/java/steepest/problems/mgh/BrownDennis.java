package steepest.problems.mgh;

/**
 * MGH problem 16, Brown and Dennis: n = 4, m &gt;= 4 (standard m = 20),
 * rᵢ = (x₁ + tᵢx₂ − e^tᵢ)² + (x₃ + x₄ sin tᵢ − cos tᵢ)² with tᵢ = i/5; x0 = (25, 5, −5, −1).
 * f* = 85822.2... for m = 20 (stated to full precision); unknown for other m. f is convex (each
 * residual squared is the fourth power of the norm of an affine map). Brown and Dennis, "New
 * computational algorithms for minimizing a sum of squares of nonlinear functions", Yale Rep. 71-6,
 * 1971.
 */
public final class BrownDennis extends MghFunction {

    /** @param m the number of residuals, &gt;= 4 */
    public BrownDennis(int m) {
        super(4, atLeast("m", m, 4));
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double t = (i + 1) / 5.0;
        double sin = Math.sin(t);
        double a = x[0] + t * x[1] - Math.exp(t);
        double b = x[2] + x[3] * sin - Math.cos(t);
        if (gradient != null) {
            gradient[0] = 2 * a;
            gradient[1] = 2 * a * t;
            gradient[2] = 2 * b;
            gradient[3] = 2 * b * sin;
        }
        if (curvature != null) {
            double av = 2 * (direction[0] + t * direction[1]);
            double bv = 2 * (direction[2] + sin * direction[3]);
            curvature[0] = av;
            curvature[1] = av * t;
            curvature[2] = bv;
            curvature[3] = bv * sin;
        }
        return a * a + b * b;
    }

    @Override
    public double[] standardStart() {
        return new double[] {25, 5, -5, -1};
    }

    @Override
    public Optimum optimum() {
        return residualCount() == 20 ? Optimum.at(85822.20162635628, -11.594439904762165, 13.203630051207204,
                -0.4034394881768595, 0.23677877445573617) : Optimum.UNKNOWN;
    }
}
