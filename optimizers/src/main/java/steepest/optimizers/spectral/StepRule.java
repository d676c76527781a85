package steepest.optimizers.spectral;

import java.util.Arrays;
import java.util.List;

/**
 * The Barzilai–Borwein step sizes, from s = x_{k+1} − x_k and y = ∇f(x_{k+1}) − ∇f(x_k) (Barzilai and
 * Borwein, "Two-point step size gradient methods", IMA J. Numer. Anal. 8(1), 1988): both solve a
 * secant equation α⁻¹s ≈ y in the least-squares sense, one in s and one in y, and both lie between
 * the reciprocals of the extreme eigenvalues of the averaged Hessian.
 */
public enum StepRule {
    /** α = sᵀs/sᵀy, the "long" step (Raydan's and Birgin, Martínez and Raydan's choice). */
    BB1("bb1"),
    /** α = sᵀy/yᵀy, the "short" step. */
    BB2("bb2"),
    /**
     * BB1 on odd iterations, BB2 on even ones (the alternation studied by Dai and Fletcher, "Projected
     * Barzilai–Borwein methods for large-scale box-constrained quadratic programming", Numer. Math.
     * 100, 2005).
     */
    ALTERNATE("alternate");

    private final String token;

    StepRule(String token) {
        this.token = token;
    }

    /** The spec value. */
    public String token() {
        return token;
    }

    /** Every spec value, in declaration order. */
    public static String[] tokens() {
        return Arrays.stream(values()).map(StepRule::token).toArray(String[]::new);
    }

    /** The rule of a spec value. */
    public static StepRule of(String token) {
        return Arrays.stream(values()).filter(rule -> rule.token.equals(token)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("step must be one of "
                        + List.of(tokens()) + ", got " + token));
    }

    /**
     * The step after the k-th accepted iteration (k = 1, 2, ...), or NaN when the curvature sᵀy is
     * not positive (or the quotient not finite), which the caller safeguards.
     *
     * @param k   the iteration just completed, &gt;= 1
     * @param sts sᵀs
     * @param sty sᵀy
     * @param yty yᵀy
     */
    double step(long k, double sts, double sty, double yty) {
        if (!(sty > 0)) {
            return Double.NaN;
        }
        boolean longStep = this == BB1 || (this == ALTERNATE && k % 2 == 1);
        double alpha = longStep ? sts / sty : sty / yty;
        return alpha > 0 && alpha < Double.POSITIVE_INFINITY ? alpha : Double.NaN;
    }
}
