package steepest.problems.mgh;

/**
 * MGH problems 13 (Powell singular, n = 4) and 22 (extended Powell singular): n a multiple of 4,
 * m = n, in each block of four r₁ = x₁ + 10x₂, r₂ = √5(x₃ − x₄), r₃ = (x₂ − 2x₃)²,
 * r₄ = √10(x₁ − x₄)²; x0 = (3, −1, 0, 1, ...); f* = 0 at the origin, where the Hessian is singular
 * (rank 2 per block), so Newton-type methods converge only linearly. f is convex (quadratics plus
 * fourth powers of linear forms). Powell, "An iterative method for finding stationary values of a
 * function of several variables", Computer J. 5, 1962.
 */
public final class ExtendedPowell extends MghFunction {

    private static final double SQRT5 = Math.sqrt(5);
    private static final double SQRT10 = Math.sqrt(10);

    /** @param n a multiple of 4, &gt;= 4 */
    public ExtendedPowell(int n) {
        super(multipleOfFour(n), n);
    }

    private static int multipleOfFour(int n) {
        atLeast("n", n, 4);
        if (n % 4 != 0) {
            throw new IllegalArgumentException("n must be a multiple of 4, got " + n);
        }
        return n;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int o = i & ~3;
        switch (i - o) {
            case 0 -> {
                if (gradient != null) {
                    gradient[o] = 1;
                    gradient[o + 1] = 10;
                }
                return x[o] + 10 * x[o + 1];
            }
            case 1 -> {
                if (gradient != null) {
                    gradient[o + 2] = SQRT5;
                    gradient[o + 3] = -SQRT5;
                }
                return SQRT5 * (x[o + 2] - x[o + 3]);
            }
            case 2 -> {
                double d = x[o + 1] - 2 * x[o + 2];
                if (gradient != null) {
                    gradient[o + 1] = 2 * d;
                    gradient[o + 2] = -4 * d;
                }
                if (curvature != null) {
                    double dv = 2 * (direction[o + 1] - 2 * direction[o + 2]);
                    curvature[o + 1] = dv;
                    curvature[o + 2] = -2 * dv;
                }
                return d * d;
            }
            default -> {
                double d = x[o] - x[o + 3];
                if (gradient != null) {
                    gradient[o] = 2 * SQRT10 * d;
                    gradient[o + 3] = -2 * SQRT10 * d;
                }
                if (curvature != null) {
                    double dv = 2 * SQRT10 * (direction[o] - direction[o + 3]);
                    curvature[o] = dv;
                    curvature[o + 3] = -dv;
                }
                return SQRT10 * d * d;
            }
        }
    }

    @Override
    protected int supportStart(int i) {
        return i & ~3;
    }

    @Override
    protected int supportEnd(int i) {
        return (i & ~3) + 4;
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension()];
        for (int o = 0; o < x.length; o += 4) {
            x[o] = 3;
            x[o + 1] = -1;
            x[o + 3] = 1;
        }
        return x;
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, new double[dimension()]);
    }
}
