package steepest.optimizers.quasinewton;

/**
 * The curvature condition a pair (s, y) = (x_{k+1} − x_k, ∇f_{k+1} − ∇f_k) must pass before a
 * quasi-Newton update uses it: sᵀy &gt; ε·(−∇f_kᵀs), ε the machine epsilon, L-BFGS-B's test (Byrd, Lu,
 * Nocedal and Zhu, 1995; routine {@code lnsrlb}). A strong Wolfe step always passes it, since then
 * sᵀy &gt;= (1 − c₂)(−∇f_kᵀs) &gt; 0; a pair that fails (after an Armijo step, or through rounding)
 * would destroy the positive definiteness of the update and is skipped.
 */
final class Curvature {

    private static final double EPSILON = Math.ulp(1.0);

    private Curvature() {
    }

    /**
     * @param sy sᵀy
     * @param gs ∇f_kᵀs, negative along a descent direction
     */
    static boolean acceptable(double sy, double gs) {
        return sy > EPSILON * -gs && Double.isFinite(sy);
    }
}
