package steepest.optimizers.linesearch;

import steepest.optimizers.Checks;

/**
 * A line search for the strong Wolfe conditions
 * <pre>
 *   φ(α) &lt;= φ(0) + c₁·α·φ'(0)   (sufficient decrease),    |φ'(α)| &lt;= c₂·|φ'(0)|   (curvature),
 * </pre>
 * 0 &lt; c₁ &lt; c₂ &lt; 1, by Nocedal and Wright's bracketing phase and zoom ("Numerical Optimization",
 * 2nd ed., Algorithms 3.5 and 3.6). Bracketing extrapolates by the cubic through the last two
 * trials, kept within [αᵢ + 1.1Δ, αᵢ + 4Δ], Δ = αᵢ − αᵢ₋₁ (Moré and Thuente's extrapolation
 * bounds, ACM TOMS 20(3), 1994). Zoom steps to the minimizer of the cubic through both ends of the
 * bracket, else of the quadratic through φ(lo), φ'(lo), φ(hi), else to the midpoint. Three
 * safeguards keep the bracket shrinking: when two trials in a row fall within 10% of the bracket's
 * width from an end, the second is moved to 10% from that end (as torch.optim.LBFGS's
 * {@code _strong_wolfe} does); so is a trial whose point x + α·d rounds to an end's point, which
 * would tell nothing new (interpolating a huge φ(hi), as after an overflow, puts the minimizer
 * next to lo); and when two trials have not shrunk the bracket below 0.66 of its width the next
 * trial bisects (Moré and Thuente's rule). On Moré and Thuente's six test functions from their
 * four initial steps this takes 187 evaluations in all, at most 15 for one search (their
 * algorithm: about 176). A non-finite φ counts as too long a step.
 *
 * <p>Where f can no longer resolve the decrease (the rounding regime of {@link SufficientDecrease}),
 * Hager and Zhang's approximate Wolfe conditions replace sufficient decrease, brackets are updated
 * by slopes alone, and a bracket lying wholly in that regime is shrunk by the zero of the secant of
 * φ' instead of an interpolant of f, whose differences are noise there (Hager and Zhang's secant
 * step, SIAM J. Optim. 16(1), 2005, §4).
 *
 * <p>It fails, leaving the caller at x, after {@code maxEvaluations} trials, when the bracket
 * shrinks below rounding (both ends give the same point) or when α·d no longer changes x.
 * Defaults: c₁ = 10⁻⁴ and c₂ = 0.9 for Newton and quasi-Newton methods, c₂ = 0.1 for nonlinear
 * conjugate gradient (Nocedal and Wright, §3.1), and 20 evaluations, Moré–Thuente's budget in
 * L-BFGS-B.
 *
 * @param c1             sufficient-decrease constant in (0, c2) ({@code c1})
 * @param c2             curvature constant in (c1, 1) ({@code c2})
 * @param maxEvaluations trials per search, &gt;= 1
 */
public record StrongWolfe(double c1, double c2, int maxEvaluations) implements LineSearch {

    /** The customary sufficient-decrease constant. */
    public static final double DEFAULT_C1 = 1e-4;
    /** The curvature constant for Newton and quasi-Newton directions. */
    public static final double DEFAULT_C2 = 0.9;
    /** The curvature constant for nonlinear conjugate gradient, whose directions need nearly exact steps. */
    public static final double DEFAULT_C2_CONJUGATE_GRADIENT = 0.1;
    /** Trials per search (Moré–Thuente's maxfev in L-BFGS-B). */
    public static final int DEFAULT_MAX_EVALUATIONS = 20;
    private static final double EXTRAPOLATE_MIN = 1.1;
    private static final double EXTRAPOLATE_MAX = 4.0;
    private static final double SAFEGUARD = 0.1;
    private static final double SHRINK = 0.66;

    /** Validates, naming the spec keys. */
    public StrongWolfe {
        requireFraction("c1", c1);
        requireFraction("c2", c2);
        if (!(c1 < c2)) {
            throw new IllegalArgumentException("c1 must be < c2, got c1=" + c1 + ", c2=" + c2);
        }
        Checks.atLeast("maxEvaluations", maxEvaluations, 1);
    }

    /** The given constants with the default budget. */
    public StrongWolfe(double c1, double c2) {
        this(c1, c2, DEFAULT_MAX_EVALUATIONS);
    }

    @Override
    public boolean search(LineFunction phi, double initialStep) {
        double f0 = phi.value0();
        double slope0 = phi.slope0();
        double curvatureBound = -c2 * slope0;
        double previous = 0;
        double previousValue = f0;
        double previousSlope = slope0;
        double alpha = LineSearch.sanitize(initialStep);
        for (int trial = 0; trial < maxEvaluations; trial++) {
            double f = phi.evaluate(alpha);
            if (!phi.moved()) {
                return false;
            }
            double slope = phi.slope();
            boolean roundingRegime = SufficientDecrease.roundingRegime(phi);
            if (!SufficientDecrease.holds(phi, c1) || (trial > 0 && f >= previousValue && !roundingRegime)) {
                return zoom(phi, previous, previousValue, previousSlope, alpha, f, slope, trial + 1);
            }
            if (Math.abs(slope) <= curvatureBound) {
                return true;
            }
            if (slope >= 0) {
                return zoom(phi, alpha, f, slope, previous, previousValue, previousSlope, trial + 1);
            }
            double next = extrapolate(previous, previousValue, previousSlope, alpha, f, slope);
            previous = alpha;
            previousValue = f;
            previousSlope = slope;
            alpha = next;
        }
        return false;
    }

    /** Requires 0 &lt; value &lt; 1, naming the key. */
    static void requireFraction(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
    }

    private static double extrapolate(double a, double fa, double da, double b, double fb, double db) {
        double width = b - a;
        double low = b + EXTRAPOLATE_MIN * width;
        double high = b + EXTRAPOLATE_MAX * width;
        double cubic = Interpolation.cubic(a, fa, da, b, fb, db);
        if (Double.isNaN(cubic) || cubic <= b) {
            return high;
        }
        return Math.min(high, Math.max(low, cubic));
    }

    /**
     * Algorithm 3.6: the bracket [lo, hi] (in either order) holds a strong-Wolfe step; lo has the
     * lowest value found with sufficient decrease and φ'(lo)·(hi − lo) &lt; 0.
     */
    private boolean zoom(LineFunction phi, double lo, double fLo, double dLo, double hi, double fHi, double dHi,
                         int used) {
        double curvatureBound = -c2 * phi.slope0();
        double widthBefore = Double.POSITIVE_INFINITY;
        double widthTwoBefore = Double.POSITIVE_INFINITY;
        boolean nearEndBefore = false;
        for (int trial = used; trial < maxEvaluations; trial++) {
            double low = Math.min(lo, hi);
            double high = Math.max(lo, hi);
            double width = high - low;
            double margin = SAFEGUARD * width;
            if (width <= Math.ulp(high) || phi.samePoint(low, high)) {
                return false;
            }
            double alpha;
            if (width > SHRINK * widthTwoBefore) {
                alpha = 0.5 * (lo + hi);
                nearEndBefore = false;
            } else {
                alpha = SufficientDecrease.roundingRegime(phi, high) ? secant(lo, dLo, hi, dHi)
                        : interpolate(lo, fLo, dLo, hi, fHi, dHi);
                boolean nearEnd = Math.min(alpha - low, high - alpha) < margin;
                if (nearEnd && (nearEndBefore || phi.samePoint(alpha, low) || phi.samePoint(alpha, high))) {
                    alpha = alpha - low < high - alpha ? low + margin : high - margin;
                    nearEnd = false;
                }
                nearEndBefore = nearEnd;
            }
            widthTwoBefore = widthBefore;
            widthBefore = width;
            double f = phi.evaluate(alpha);
            if (!phi.moved()) {
                return false;
            }
            double slope = phi.slope();
            if (!SufficientDecrease.holds(phi, c1) || (f >= fLo && !SufficientDecrease.roundingRegime(phi))) {
                hi = alpha;
                fHi = f;
                dHi = slope;
            } else {
                if (Math.abs(slope) <= curvatureBound) {
                    return true;
                }
                if (slope * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = alpha;
                fLo = f;
                dLo = slope;
            }
        }
        return false;
    }

    /** The zero of the secant of φ' if strictly inside the bracket, else the midpoint: for where f is noise. */
    private static double secant(double lo, double dLo, double hi, double dHi) {
        double alpha = Interpolation.secant(lo, dLo, hi, dHi);
        return alpha > Math.min(lo, hi) && alpha < Math.max(lo, hi) ? alpha : 0.5 * (lo + hi);
    }

    /** The cubic's minimizer if strictly inside the bracket, else the quadratic's, else the midpoint. */
    private static double interpolate(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        double low = Math.min(lo, hi);
        double high = Math.max(lo, hi);
        double cubic = Double.isFinite(fHi) ? Interpolation.cubic(lo, fLo, dLo, hi, fHi, dHi) : Double.NaN;
        if (cubic > low && cubic < high) {
            return cubic;
        }
        double quadratic = Interpolation.quadratic(lo, fLo, dLo, hi, fHi);
        if (quadratic > low && quadratic < high) {
            return quadratic;
        }
        return 0.5 * (lo + hi);
    }
}
