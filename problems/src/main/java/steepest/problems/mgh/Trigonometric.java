package steepest.problems.mgh;

/**
 * MGH problem 26, trigonometric: n &gt;= 1, m = n, rᵢ = n − Σⱼ cos xⱼ + i(1 − cos xᵢ) − sin xᵢ;
 * x0 = (1/n, ..., 1/n). f* = 0 at the origin (every residual vanishes there). From the standard start
 * with n = 10 methods reach the local minimum f = 2.79506...·10⁻⁵ instead (REFERENCES.md);
 * {@code optimum=local} states it (n = 10 only, to full precision). Spedicato, "Computational
 * experience with quasi-Newton algorithms for minimization problems of moderately large size", CISE
 * Rep. N-175, 1975. Each residual depends on every variable: one evaluation costs O(n²).
 */
public final class Trigonometric extends MghFunction {

    private final boolean local;
    private double cosineSum;

    /**
     * @param n     the dimension, &gt;= 1
     * @param local whether {@link #optimum()} is the local minimum of n = 10
     */
    public Trigonometric(int n, boolean local) {
        super(atLeast("n", n, 1), n);
        if (local && n != 10) {
            throw new IllegalArgumentException("optimum=local is known only for n = 10, got n = " + n);
        }
        this.local = local;
    }

    @Override
    protected void prepare(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += Math.cos(v);
        }
        cosineSum = sum;
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int k = i + 1;
        double cos = Math.cos(x[i]);
        double sin = Math.sin(x[i]);
        if (gradient != null || curvature != null) {
            for (int j = 0; j < x.length; j++) {
                if (gradient != null) {
                    gradient[j] = Math.sin(x[j]);
                }
                if (curvature != null) {
                    curvature[j] = Math.cos(x[j]) * direction[j];
                }
            }
            if (gradient != null) {
                gradient[i] += k * sin - cos;
            }
            if (curvature != null) {
                curvature[i] += (k * cos + sin) * direction[i];
            }
        }
        return dimension() - cosineSum + k * (1 - cos) - sin;
    }

    @Override
    public double[] standardStart() {
        return filled(dimension(), 1.0 / dimension());
    }

    @Override
    public Optimum optimum() {
        if (local) {
            return Optimum.at(2.7950561218794563e-05, 0.05515090398069129, 0.05684061679473856, 0.058764001762695084,
                    0.06099060865676081, 0.06362621369585451, 0.06684317945275879, 0.20816151856988116,
                    0.16436309588564774, 0.08500689568850744, 0.09143145071470794);
        }
        return Optimum.at(0, new double[dimension()]);
    }
}
