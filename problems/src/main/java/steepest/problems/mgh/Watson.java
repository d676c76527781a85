package steepest.problems.mgh;

/**
 * MGH problem 20, Watson: 2 &lt;= n &lt;= 31, m = 31,
 * rᵢ = Σⱼ₌₂ⁿ (j − 1)xⱼtᵢ^(j−2) − (Σⱼ₌₁ⁿ xⱼtᵢ^(j−1))² − 1 with tᵢ = i/29 for i = 1..29, r₃₀ = x₁,
 * r₃₁ = x₂ − x₁² − 1; x0 = 0 (scaled starts are (s, ..., s), as in MINPACK). f* = 2.28767...·10⁻³
 * (n = 6), 1.39976...·10⁻⁶ (n = 9), 4.72238...·10⁻¹⁰ (n = 12), stated to full precision with their
 * minimizers; unknown for other n. Increasingly ill-conditioned with n. Kowalik and Osborne (1968).
 */
public final class Watson extends MghFunction {

    /** @param n the dimension, 2..31 */
    public Watson(int n) {
        super(inRange("n", n, 2, 31), 31);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        int n = dimension();
        if (i == 29) {
            if (gradient != null) {
                gradient[0] = 1;
            }
            return x[0];
        }
        if (i == 30) {
            if (gradient != null) {
                gradient[0] = -2 * x[0];
                gradient[1] = 1;
            }
            if (curvature != null) {
                curvature[0] = -2 * direction[0];
            }
            return x[1] - x[0] * x[0] - 1;
        }
        double t = (i + 1) / 29.0;
        double linear = 0;      // Σ_{j>=1} j x_j t^(j−1)   (0-based j)
        double s = 0;           // Σ x_j t^j
        double av = 0;          // Σ v_j t^j
        double power = 1;       // t^j
        for (int j = 0; j < n; j++) {
            s += x[j] * power;
            if (j + 1 < n) {
                linear += (j + 1) * x[j + 1] * power;
            }
            if (direction != null) {
                av += direction[j] * power;
            }
            power *= t;
        }
        if (gradient != null || curvature != null) {
            power = 1;
            double previous = 0;        // t^(j−1)
            for (int j = 0; j < n; j++) {
                if (gradient != null) {
                    gradient[j] = j * previous - 2 * s * power;
                }
                if (curvature != null) {
                    curvature[j] = -2 * av * power;       // ∇²r = −2aaᵀ with a_j = t^j
                }
                previous = power;
                power *= t;
            }
        }
        return linear - s * s - 1;
    }

    @Override
    public double[] standardStart() {
        return new double[dimension()];
    }

    @Override
    public Optimum optimum() {
        return switch (dimension()) {
            case 6 -> Optimum.at(0.002287670053552434, -0.01572508640145843, 1.0124348693691099, -0.23299162595673695,
                    1.2604300877996055, -1.5137289227222757, 0.9929964324311327);
            case 9 -> Optimum.at(1.3997601380999786e-06, -1.5307036521403263e-05, 0.9997897039319483,
                    0.014763963693560237, 0.14634232829932198, 1.000821103004917, -2.617731140519554,
                    4.104403164479594, -3.1436122785569505, 1.0526264080103054);
            case 12 -> Optimum.at(4.722381108209028e-10, -6.638060467759147e-09, 1.0000016441178619,
                    -0.0005639322103110557, 0.3478205405034471, -0.15673150409128292, 1.0528151771852856,
                    -3.247271153400097, 7.288434897834708, -10.27184824120584, 9.07411364699337,
                    -4.5413754666590505, 1.0120118885467664);
            default -> Optimum.UNKNOWN;
        };
    }
}
