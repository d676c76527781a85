package steepest.optimizers.conditional;

/** How a Frank-Wolfe iteration chooses γ ∈ [0, γ_max] along its direction d. */
public enum StepSize {
    /** The open-loop γ_k = 2/(k + 2), k = 0, 1, ...: f(x_k) − f* &lt;= 2C_f/(k + 2) (Jaggi, ICML 2013, Theorem 1). */
    OPEN_LOOP,
    /**
     * The short step γ = min(γ_max, ⟨−∇f(x), d⟩ / (L‖d‖²)), the minimizer of the quadratic upper bound
     * with smoothness constant L (Lacoste-Julien and Jaggi, NeurIPS 2015, eq. 5).
     */
    SHORT,
    /** The exact line search argmin_{γ∈[0,γ_max]} f(x + γd) ({@link steepest.optimizers.linesearch.SegmentMinimizer}). */
    LINE
}
