package steepest.problems.mgh;

/**
 * MGH problem 2, Freudenstein and Roth: n = m = 2, r₁ = −13 + x₁ + ((5 − x₂)x₂ − 2)x₂,
 * r₂ = −29 + x₁ + ((x₂ + 1)x₂ − 14)x₂; x0 = (0.5, −2). f* = 0 at (5, 4); the paper also lists the
 * local minimum f = 48.9842... at (11.41..., −0.8968...), which the standard start leads most methods
 * to. {@code optimum=local} states that one (computed to full precision) instead of the global one.
 * Freudenstein and Roth, "Numerical solution of systems of nonlinear equations", J. ACM 10, 1963.
 */
public final class FreudensteinRoth extends MghFunction {

    private final boolean local;

    /** @param local whether {@link #optimum()} is the local minimum the standard start reaches */
    public FreudensteinRoth(boolean local) {
        super(2, 2);
        this.local = local;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double y = x[1];
        if (gradient != null) {
            gradient[0] = 1;
            gradient[1] = i == 0 ? (10 - 3 * y) * y - 2 : (3 * y + 2) * y - 14;
        }
        if (curvature != null) {
            curvature[1] = (i == 0 ? 10 - 6 * y : 6 * y + 2) * direction[1];
        }
        return i == 0 ? -13 + x[0] + ((5 - y) * y - 2) * y : -29 + x[0] + ((y + 1) * y - 14) * y;
    }

    @Override
    public double[] standardStart() {
        return new double[] {0.5, -2};
    }

    @Override
    public Optimum optimum() {
        return local ? Optimum.at(48.98425367924002, 11.412778986902094, -0.8968052532744765)
                : Optimum.at(0, 5, 4);
    }
}
