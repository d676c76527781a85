package steepest.problems.bbob;

/**
 * The coordinate-wise transformations of the bbob definitions (Hansen, Finck, Ros and Auger, INRIA
 * RR-6829, section 0.2) with their derivatives, and the boundary penalty f_pen. Each derivative is
 * taken of the value as computed, so chain rules through them are exact up to rounding.
 */
final class Transforms {

    /** T_osz's α = 0.1: COCO evaluates it through t = ln|x|/α. */
    private static final double ALPHA = 0.1;
    /** The largest argument of exp that does not overflow. */
    private static final double LARGEST_EXPONENT = Math.log(Double.MAX_VALUE);

    private Transforms() {
    }

    /**
     * T_osz(x) = sign(x) exp(x̂ + 0.049 (sin c₁x̂ + sin c₂x̂)), x̂ = ln|x|, with (c₁, c₂) = (10, 7.9)
     * for x &gt; 0 and (5.5, 3.1) for x &lt; 0; T_osz(0) = 0. COCO evaluates it as
     * exp(t + 0.49 (sin(a t) + sin(b t)))^0.1 with t = ln|x|/0.1 and (a, b) = (1, 0.79) or (0.55,
     * 0.31); this takes the same t and exponent, raises e to a tenth of it (the same value up to
     * rounding, without a pow), and overflows to ±∞ exactly where COCO's exp does (|x| beyond about
     * 10^30.8).
     *
     * <p>Unless {@code slopes} is null, slopes[i] receives dT_osz/dx = (y/x)(1 + 0.49 (a cos(a t) +
     * b cos(b t))). T_osz is Lipschitz but not differentiable at 0 (y/x oscillates in
     * [e^−0.098, e^0.098] as x → 0): there the slope returned is 1, the slope of the identity T_osz
     * oscillates around, an element of its Clarke subdifferential.
     *
     * @param slopes modified at index i, or null
     */
    static double oscillate(double x, double[] slopes, int i) {
        if (x == 0) {
            if (slopes != null) {
                slopes[i] = 1;
            }
            return 0;
        }
        boolean positive = x > 0;
        double t = Math.log(Math.abs(x)) / ALPHA;
        double a = positive ? 1 : 0.55;
        double b = positive ? 0.79 : 0.31;
        double exponent = t + 0.49 * (Math.sin(a * t) + Math.sin(b * t));
        double magnitude = exponent > LARGEST_EXPONENT ? Double.POSITIVE_INFINITY : Math.exp(ALPHA * exponent);
        double y = positive ? magnitude : -magnitude;
        if (slopes != null) {
            slopes[i] = y / x * (1 + 0.49 * (a * Math.cos(a * t) + b * Math.cos(b * t)));
        }
        return y;
    }

    /**
     * T_asy^β(x)ᵢ = xᵢ^(1 + c √xᵢ) for xᵢ &gt; 0 and xᵢ otherwise, with c = β i/(n−1) (i counted
     * from 0; see {@link #asymmetryScales}). Unless {@code slopes} is null, slopes[i] receives its
     * derivative: y ((1 + c√x)/x + c ln(x)/(2√x)) for x &gt; 0, 1 otherwise. T_asy is continuously
     * differentiable (the slope tends to 1 as x ↓ 0), not twice.
     *
     * @param slopes modified at index i, or null
     */
    static double asymmetric(double x, double scale, double[] slopes, int i) {
        if (x <= 0) {
            if (slopes != null) {
                slopes[i] = 1;
            }
            return x;
        }
        double root = Math.sqrt(x);
        double y = Math.pow(x, 1 + scale * root);
        if (slopes != null) {
            slopes[i] = y * ((1 + scale * root) / x + scale * Math.log(x) / (2 * root));
        }
        return y;
    }

    /** β i/(n − 1) for i = 0, ..., n−1: the exponent scales of T_asy^β. */
    static double[] asymmetryScales(double beta, int n) {
        double[] scales = new double[n];
        for (int i = 0; i < n; i++) {
            scales[i] = beta * i / (n - 1.0);
        }
        return scales;
    }

    /** The diagonal of Λ^α: λᵢ = α^(i/(2(n−1))), i = 0, ..., n−1, computed as COCO does. */
    static double[] conditioning(double alpha, int n) {
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = Math.pow(alpha, 0.5 * i / (n - 1.0));
        }
        return lambda;
    }

    /**
     * The boundary penalty f_pen(x) = Σᵢ max(0, |xᵢ| − bound)², and, unless gradOut is null, adds
     * {@code factor} times its gradient 2 sign(xᵢ) max(0, |xᵢ| − bound) to gradOut (f_pen is
     * continuously differentiable).
     *
     * @param x       not modified
     * @param gradOut modified (added to), or null
     */
    static double penalty(double[] x, double bound, double factor, double[] gradOut) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double excess = Math.abs(x[i]) - bound;
            if (excess > 0) {
                sum += excess * excess;
                if (gradOut != null) {
                    gradOut[i] += factor * 2 * Math.copySign(excess, x[i]);
                }
            }
        }
        return sum;
    }
}
