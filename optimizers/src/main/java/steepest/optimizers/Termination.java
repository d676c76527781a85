package steepest.optimizers;

/**
 * Why a run ended: a closed set, so every result says honestly whether it converged or merely ran
 * out of budget. {@link #token()} is the lowercase name written to CSV files.
 */
public enum Termination {
    /** ‖∇f(x)‖ fell to the gradient tolerance. */
    GRADIENT_TOLERANCE(true),
    /** A method-specific certificate (the Frank-Wolfe gap, a prox-gradient residual) fell to its tolerance. */
    GAP_TOLERANCE(true),
    /** f(x) reached the target value, usually f* plus a tolerance. */
    TARGET_REACHED(true),
    /**
     * The method's own test on the decrease of f fired: the actual and the predicted relative
     * reductions of f both fell to its tolerance (Levenberg–Marquardt's {@code ftol}, MINPACK's and
     * scipy's test).
     */
    VALUE_TOLERANCE(true),
    /**
     * The method's own test on the step fired: the relative change of x, or the trust region that
     * bounds it, fell to its tolerance (Levenberg–Marquardt's {@code xtol}).
     */
    STEP_TOLERANCE(true),
    /** The iteration budget was spent. */
    MAX_ITERATIONS(false),
    /** The evaluation budget (gradient evaluations or epochs) was spent. */
    MAX_EVALUATIONS(false),
    /** The wall-time budget was spent. */
    TIME_LIMIT(false),
    /**
     * The line search could not find an acceptable step, or a trust-region method's region shrank
     * until its step no longer changes x or predicts a decrease (often: at the limits of floating
     * point).
     */
    LINE_SEARCH_FAILED(false),
    /** A value, gradient or iterate became NaN or infinite, or f blew up. */
    DIVERGED(false);

    private final boolean converged;

    Termination(boolean converged) {
        this.converged = converged;
    }

    /** Whether this reason certifies convergence (as opposed to a budget or a failure). */
    public boolean converged() {
        return converged;
    }

    /** The lowercase token used in CSV files and messages, e.g. {@code max_iterations}. */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The reason whose {@link #token()} is {@code token}.
     *
     * @throws IllegalArgumentException naming the token and the valid ones
     */
    public static Termination ofToken(String token) {
        for (Termination reason : values()) {
            if (reason.token().equals(token)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("'" + token + "' is not a termination reason; valid: "
                + String.join(", ", java.util.Arrays.stream(values()).map(Termination::token).toList()));
    }
}
