package steepest.problems.mgh;

/**
 * MGH problem 11, Gulf research and development: n = 3, 3 &lt;= m &lt;= 100 (standard m = 99, as in
 * the paper's Algorithm 566), rᵢ = exp(−|yᵢ − x₂|^x₃ / x₁) − tᵢ with tᵢ = i/100 and
 * yᵢ = 25 + (−50 ln tᵢ)^(2/3) (the paper prints the minus sign as "mi"); x0 = (5, 2.5, 0.15); f* = 0 at
 * (50, 25, 1.5) for every m. f is smooth except where x₂ = yᵢ and x₃ &lt;= 1. Cox, "Comparison of the
 * performance of seven optimization algorithms on twelve unconstrained minimization problems", Gulf
 * R&amp;D Co., 1969.
 */
public final class Gulf extends MghFunction {

    private final double[] y;

    /** @param m the number of residuals, 3..100 */
    public Gulf(int m) {
        super(3, inRange("m", m, 3, 100));
        y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = 25 + Math.pow(-50 * Math.log((i + 1) / 100.0), 2.0 / 3.0);
        }
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double a = y[i] - x[1];
        double sign = Math.signum(a);
        double abs = Math.abs(a);
        double p1 = Math.pow(abs, x[2] - 1);        // |a|^(x₃ − 1)
        double p = p1 * abs;                        // |a|^x₃
        double e = Math.exp(-p / x[0]);
        if (gradient != null || curvature != null) {
            double log = Math.log(abs);
            // c = p/x₁ and r = e^(−c) − t, so ∇r = −e ∇c and ∇²r = e (∇c∇cᵀ − ∇²c)
            double c0 = -p / (x[0] * x[0]);
            double c1 = -x[2] * p1 * sign / x[0];
            double c2 = p * log / x[0];
            if (gradient != null) {
                gradient[0] = -e * c0;
                gradient[1] = -e * c1;
                gradient[2] = -e * c2;
            }
            if (curvature != null) {
                double h00 = 2 * p / (x[0] * x[0] * x[0]);
                double h01 = x[2] * p1 * sign / (x[0] * x[0]);
                double h02 = -p * log / (x[0] * x[0]);
                double h11 = x[2] * (x[2] - 1) * p1 / abs / x[0];
                double h12 = -sign * p1 * (1 + x[2] * log) / x[0];
                double h22 = p * log * log / x[0];
                double cv = c0 * direction[0] + c1 * direction[1] + c2 * direction[2];
                curvature[0] = e * (c0 * cv - (h00 * direction[0] + h01 * direction[1] + h02 * direction[2]));
                curvature[1] = e * (c1 * cv - (h01 * direction[0] + h11 * direction[1] + h12 * direction[2]));
                curvature[2] = e * (c2 * cv - (h02 * direction[0] + h12 * direction[1] + h22 * direction[2]));
            }
        }
        return e - (i + 1) / 100.0;
    }

    @Override
    public double[] standardStart() {
        return new double[] {5, 2.5, 0.15};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0, 50, 25, 1.5);
    }
}
