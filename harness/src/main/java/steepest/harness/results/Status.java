package steepest.harness.results;

import java.util.Locale;
import steepest.optimizers.Termination;

/** How a cell ended, coarsely; {@link #token()} is its {@code status} in the summary. */
public enum Status {
    /** A tolerance or the target certified convergence. */
    CONVERGED,
    /** A budget ran out or the method could not go on (line search failed). */
    STOPPED,
    /** Values became non-finite or blew up. */
    DIVERGED,
    /** The cell raised an error. */
    FAILED,
    /** The optimizer needs a capability the problem lacks (Hessians, a prox, a feasible set); not run. */
    UNSUPPORTED;

    /** The lowercase token for CSV. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a termination reason maps to. */
    public static Status of(Termination termination) {
        if (termination == Termination.DIVERGED) {
            return DIVERGED;
        }
        return termination.converged() ? CONVERGED : STOPPED;
    }

    /**
     * The status whose token is {@code token}.
     *
     * @throws IllegalArgumentException naming the token and the valid ones
     */
    public static Status ofToken(String token) {
        for (Status status : values()) {
            if (status.token().equals(token)) {
                return status;
            }
        }
        throw new IllegalArgumentException("'" + token + "' is not a status; valid: converged, stopped, diverged, failed, "
                + "unsupported");
    }
}
