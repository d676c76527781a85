package steepest.problems.mgh;

/**
 * MGH problem 35, Chebyquad: n &gt;= 1, m &gt;= n, rᵢ = (1/n)Σⱼ Tᵢ(xⱼ) − ∫₀¹Tᵢ(t)dt with Tᵢ the i-th
 * Chebyshev polynomial shifted to [0, 1] (the integral is 0 for odd i and −1/(i² − 1) for even i);
 * x0 = (j/(n + 1)). f* = 0 for m = n &lt;= 7 and n = 9, 3.51687...·10⁻³ for m = n = 8 and
 * 6.50395...·10⁻³ for m = n = 10; stated to full precision with a minimizer (sorted; any permutation
 * is one too) for m = n &lt;= 10, unknown otherwise. Fletcher, "Function minimization without
 * evaluating derivatives — a review", Computer J. 8, 1965. Each residual runs the three-term
 * recurrence for T, T' and T'' at every xⱼ.
 */
public final class Chebyquad extends MghFunction {

    private static final double[][] MINIMIZERS = {
        {0.5},
        {0.2113248654051871, 0.7886751345948129},
        {0.14644660940672624, 0.5, 0.8535533905932737},
        {0.10267276385411693, 0.40620376295746, 0.5937962370425399, 0.8973272361458831},
        {0.08375125649950906, 0.31272929522320947, 0.5, 0.6872707047767905, 0.9162487435004909},
        {0.0668765909460897, 0.28874067311944424, 0.36668229924164764, 0.6333177007583524, 0.7112593268805558,
            0.9331234090539103},
        {0.05806914962097548, 0.2351716123574216, 0.3380440947400462, 0.5, 0.6619559052599538, 0.7648283876425784,
            0.9419308503790246},
        {0.04315276015101663, 0.1930908403841861, 0.26632870689027294, 0.5, 0.5, 0.7336712931097271,
            0.8069091596158139, 0.9568472398489833},
        {0.04420534613578276, 0.19949067230988096, 0.23561910847106002, 0.416046907892598, 0.5, 0.583953092107402,
            0.76438089152894, 0.8005093276901191, 0.9557946538642172},
        {0.059619900535812696, 0.1667082818358614, 0.2391706589426085, 0.3988842923060445, 0.3988842923060445,
            0.6011157076939555, 0.6011157076939555, 0.7608293410573915, 0.8332917181641386, 0.9403800994641873},
    };
    private static final double F8 = 0.00351687372567793;
    private static final double F10 = 0.006503954800882308;

    /**
     * @param n the dimension, &gt;= 1
     * @param m the number of residuals, &gt;= n
     */
    public Chebyquad(int n, int m) {
        super(atLeast("n", n, 1), atLeast("m", m, n));
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int degree = i + 1;
        double n = dimension();
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            // C_k(y), C_k'(y), C_k''(y) at y = 2x − 1 by C_{k+1} = 2yC_k − C_{k−1}
            double y = 2 * x[j] - 1;
            double c0 = 1;
            double d0 = 0;
            double e0 = 0;
            double c1 = y;
            double d1 = 1;
            double e1 = 0;
            for (int k = 1; k < degree; k++) {
                double c2 = 2 * y * c1 - c0;
                double d2 = 2 * c1 + 2 * y * d1 - d0;
                double e2 = 4 * d1 + 2 * y * e1 - e0;
                c0 = c1;
                d0 = d1;
                e0 = e1;
                c1 = c2;
                d1 = d2;
                e1 = e2;
            }
            sum += c1;
            if (gradient != null) {
                gradient[j] = 2 * d1 / n;
            }
            if (curvature != null) {
                curvature[j] = 4 * e1 / n * direction[j];
            }
        }
        double integral = degree % 2 == 0 ? -1.0 / ((double) degree * degree - 1) : 0;
        return sum / n - integral;
    }

    @Override
    public double[] standardStart() {
        double[] x = new double[dimension()];
        for (int j = 0; j < x.length; j++) {
            x[j] = (j + 1.0) / (x.length + 1);
        }
        return x;
    }

    @Override
    public Optimum optimum() {
        int n = dimension();
        if (residualCount() != n || n > MINIMIZERS.length) {
            return Optimum.UNKNOWN;
        }
        double value = n == 8 ? F8 : n == 10 ? F10 : 0;
        return Optimum.at(value, MINIMIZERS[n - 1]);
    }
}
