package steepest.optimizers.linesearch;

/**
 * Sufficient decrease for the line searches: the Armijo condition φ(α) − φ(0) &lt;= c₁·α·φ'(0) and,
 * for the strong Wolfe search where f can no longer resolve the decrease, Hager and Zhang's
 * approximate Wolfe conditions (SIAM J. Optim. 16(1), 2005, eq. 4.2):
 * <pre>
 *   φ(α) &lt;= φ(0) + ε|φ(0)|   and   φ'(α) &lt;= (2c₁ − 1)·φ'(0),       ε = 10⁻⁶,
 * </pre>
 * together with the search's curvature condition |φ'(α)| &lt;= c₂|φ'(0)|. For a quadratic φ the
 * slope inequality is equivalent to the Armijo condition, but slopes keep their accuracy when
 * differences of f are lost in rounding, and the curvature condition demands evidence that the
 * slope did change, so a gradient inconsistent with f cannot pass. They replace the Armijo
 * condition in the rounding regime, where even the linear model's decrease −α·φ'(0) is within
 * ε|φ(0)| and a difference of f may be noise (a "decrease" of one ulp must not make an overshooting
 * step acceptable); elsewhere the Armijo condition decides. Without them, runs on problems with
 * f* ≠ 0 stall with a failed search once ‖∇f‖² falls below about ε_mach·|f|, well before a tight
 * gradient tolerance. {@link Armijo} backtracking has no curvature condition to pair them with, so
 * it tests the Armijo condition alone and stops at the rounding floor with a failed search.
 */
final class SufficientDecrease {

    /** Hager and Zhang's ε. */
    static final double EPSILON = 1e-6;

    private SufficientDecrease() {
    }

    /**
     * Whether the last evaluated step of φ decreases f enough: the Armijo condition, or in the
     * rounding regime the right inequality of the approximate conditions, for a search that checks
     * curvature itself.
     */
    static boolean holds(LineFunction phi, double c1) {
        return roundingRegime(phi) ? approximate(phi, c1) : armijo(phi, c1);
    }

    /**
     * φ(α) − φ(0) &lt;= c₁αφ'(0), in this form because φ(0) + c₁αφ'(0) rounds to φ(0) once the
     * decrease is below half an ulp of φ(0), which would accept steps that decrease nothing.
     */
    static boolean armijo(LineFunction phi, double c1) {
        return phi.value() - phi.value0() <= c1 * phi.step() * phi.slope0();
    }

    static boolean approximate(LineFunction phi, double c1) {
        double f0 = phi.value0();
        return roundingRegime(phi) && phi.value() - f0 <= EPSILON * Math.abs(f0)
                && phi.slope() <= (2 * c1 - 1) * phi.slope0();
    }

    /** Whether the linear model's decrease at the last step is within the band ε|φ(0)| where f is unreliable. */
    static boolean roundingRegime(LineFunction phi) {
        return roundingRegime(phi, phi.step());
    }

    /** Whether the linear model's decrease at {@code step} is within that band. */
    static boolean roundingRegime(LineFunction phi, double step) {
        return -step * phi.slope0() <= EPSILON * Math.abs(phi.value0());
    }
}
