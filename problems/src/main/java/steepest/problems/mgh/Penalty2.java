package steepest.problems.mgh;

/**
 * MGH problem 24, penalty function II: n &gt;= 1, m = 2n, a = 10⁻⁵, r₁ = x₁ − 0.2,
 * rᵢ = √a (e^(xᵢ/10) + e^(xᵢ₋₁/10) − yᵢ) for 2 &lt;= i &lt;= n with yᵢ = e^(i/10) + e^((i−1)/10),
 * rᵢ = √a (e^(xᵢ₋ₙ₊₁/10) − e^(−1/10)) for n &lt; i &lt; 2n, r₂ₙ = Σⱼ (n − j + 1)xⱼ² − 1;
 * x0 = (1/2, ..., 1/2). f* = 9.37629...·10⁻⁶ (n = 4) and 2.93660...·10⁻⁴ (n = 10), stated to full
 * precision; unknown for other n. n &lt;= 1000: the data grow like e^(i/10), so f(x0) ≈ 1e-5·e^(n/5)
 * (about 1e82 at n = 1000) and overflows a double near n = 3550. Gill, Murray and Pitfield (1972).
 */
public final class Penalty2 extends MghFunction {

    private static final double ROOT_A = Math.sqrt(1e-5);
    private static final double E_TENTH = Math.exp(-0.1);

    /** The largest n accepted: f stays far from overflow. */
    public static final int MAX_DIMENSION = 1000;

    /** @param n the dimension, 1..1000 */
    public Penalty2(int n) {
        super(inRange("n", n, 1, MAX_DIMENSION), 2 * n);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int n = dimension();
        if (i == 0) {
            if (gradient != null) {
                gradient[0] = 1;
            }
            return x[0] - 0.2;
        }
        if (i < n) {
            double y = Math.exp((i + 1) / 10.0) + Math.exp(i / 10.0);
            double a = Math.exp(x[i] / 10);
            double b = Math.exp(x[i - 1] / 10);
            if (gradient != null) {
                gradient[i] = ROOT_A * a / 10;
                gradient[i - 1] = ROOT_A * b / 10;
            }
            if (curvature != null) {
                curvature[i] = ROOT_A * a / 100 * direction[i];
                curvature[i - 1] = ROOT_A * b / 100 * direction[i - 1];
            }
            return ROOT_A * (a + b - y);
        }
        if (i < 2 * n - 1) {
            int k = i - n + 1;
            double a = Math.exp(x[k] / 10);
            if (gradient != null) {
                gradient[k] = ROOT_A * a / 10;
            }
            if (curvature != null) {
                curvature[k] = ROOT_A * a / 100 * direction[k];
            }
            return ROOT_A * (a - E_TENTH);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double weight = n - j;
            sum += weight * x[j] * x[j];
            if (gradient != null) {
                gradient[j] = 2 * weight * x[j];
            }
            if (curvature != null) {
                curvature[j] = 2 * weight * direction[j];
            }
        }
        return sum - 1;
    }

    @Override
    protected int supportStart(int i) {
        int n = dimension();
        if (i == 0) {
            return 0;
        }
        if (i < n) {
            return i - 1;
        }
        return i < 2 * n - 1 ? i - n + 1 : 0;
    }

    @Override
    protected int supportEnd(int i) {
        int n = dimension();
        if (i < n) {
            return i + 1;
        }
        return i < 2 * n - 1 ? i - n + 2 : n;
    }

    @Override
    public double[] standardStart() {
        return filled(dimension(), 0.5);
    }

    @Override
    public Optimum optimum() {
        return switch (dimension()) {
            case 4 -> Optimum.at(9.376293007355447e-06, 0.1999993333503804, 0.19131670099277245, 0.4801014853326232,
                    0.5188454043902005);
            case 10 -> Optimum.at(0.00029366053745674594, 0.19998360519782363, 0.010350648471292299,
                    0.019604934480438405, 0.03208906722068565, 0.0499326773996413, 0.07651399515399361,
                    0.11862407286950419, 0.1921448723355767, 0.3473205869418436, 0.36916437415935077);
            default -> Optimum.UNKNOWN;
        };
    }
}
