package steepest.problems.mgh;

/**
 * MGH problem 23, penalty function I: n &gt;= 1, m = n + 1, rᵢ = √a (xᵢ − 1) for i = 1..n with
 * a = 10⁻⁵, rₙ₊₁ = Σⱼ xⱼ² − 1/4; x0 = (1, 2, ..., n). f* = 2.24997...·10⁻⁵ (n = 4) and
 * 7.08765...·10⁻⁵ (n = 10), stated to full precision (the minimizer has equal coordinates); unknown
 * for other n. Gill, Murray and Pitfield, "The implementation of two revised quasi-Newton algorithms
 * for unconstrained optimization", NPL Rep. NAC 11, 1972.
 */
public final class Penalty1 extends MghFunction {

    private static final double ROOT_A = Math.sqrt(1e-5);

    /** @param n the dimension, &gt;= 1 */
    public Penalty1(int n) {
        super(atLeast("n", n, 1), n + 1);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        if (i < dimension()) {
            if (gradient != null) {
                gradient[i] = ROOT_A;
            }
            return ROOT_A * (x[i] - 1);
        }
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * x[j];
            if (gradient != null) {
                gradient[j] = 2 * x[j];
            }
            if (curvature != null) {
                curvature[j] = 2 * direction[j];
            }
        }
        return sum - 0.25;
    }

    @Override
    protected int supportStart(int i) {
        return i < dimension() ? i : 0;
    }

    @Override
    protected int supportEnd(int i) {
        return i < dimension() ? i + 1 : dimension();
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension()];
        for (int j = 0; j < x.length; j++) {
            x[j] = j + 1;
        }
        return x;
    }

    @Override
    public Optimum optimum() {
        return switch (dimension()) {
            case 4 -> Optimum.at(2.2499775008999372e-05, filled(4, 0.2500074995875379));
            case 10 -> Optimum.at(7.087651467090369e-05, filled(10, 0.15812230111311634));
            default -> Optimum.UNKNOWN;
        };
    }
}
