package steepest.problems.mgh;

/**
 * MGH problem 18, Biggs EXP6: n = 6, m &gt;= 6 (standard m = 13),
 * rᵢ = x₃e^(−tᵢx₁) − x₄e^(−tᵢx₂) + x₆e^(−tᵢx₅) − yᵢ with tᵢ = 0.1i and
 * yᵢ = e^(−tᵢ) − 5e^(−10tᵢ) + 3e^(−4tᵢ); x0 = (1, 2, 1, 1, 1, 1). f* = 0 at (1, 10, 1, 5, 4, 3) for every
 * m; for m = 13 the paper also lists f = 5.65565...·10⁻³, a local minimum the standard start leads
 * methods to (where two exponential terms merge, x₁ = x₅ and the Hessian is singular);
 * {@code optimum=local} states it (m = 13 only). Biggs, "Minimization algorithms making use of
 * non-quadratic properties of the objective function", IMA J. Appl. Math. 8, 1971.
 */
public final class BiggsExp6 extends MghFunction {

    private final boolean local;

    /**
     * @param m     the number of residuals, &gt;= 6
     * @param local whether {@link #optimum()} is the local minimum of m = 13
     */
    public BiggsExp6(int m, boolean local) {
        super(6, atLeast("m", m, 6));
        if (local && m != 13) {
            throw new IllegalArgumentException("optimum=local is known only for m = 13, got m = " + m);
        }
        this.local = local;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double t = (i + 1) / 10.0;
        double a = Math.exp(-t * x[0]);
        double b = Math.exp(-t * x[1]);
        double c = Math.exp(-t * x[4]);
        double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
        if (gradient != null) {
            gradient[0] = -t * x[2] * a;
            gradient[1] = t * x[3] * b;
            gradient[2] = a;
            gradient[3] = -b;
            gradient[4] = -t * x[5] * c;
            gradient[5] = c;
        }
        if (curvature != null) {
            double[] v = direction;
            curvature[0] = t * t * x[2] * a * v[0] - t * a * v[2];
            curvature[1] = -t * t * x[3] * b * v[1] + t * b * v[3];
            curvature[2] = -t * a * v[0];
            curvature[3] = t * b * v[1];
            curvature[4] = t * t * x[5] * c * v[4] - t * c * v[5];
            curvature[5] = -t * c * v[4];
        }
        return x[2] * a - x[3] * b + x[5] * c - y;
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 2, 1, 1, 1, 1};
    }

    @Override
    public Optimum optimum() {
        return local ? Optimum.at(0.005655649925499946, 1.7114159947195875, 17.683198180949056, 1.1630936611880642,
                5.18656155199345, 1.711415994719588, 1.1631936606497209) : Optimum.at(0, 1, 10, 1, 5, 4, 3);
    }
}
