package steepest.optimizers.variance;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an epoch of SVRG or SARAH ends, that is, the point the next epoch starts from (spec key
 * {@code snapshot}).
 */
public enum Snapshot {
    /** The last inner iterate: option I of Johnson and Zhang, the variant used in practice. */
    LAST,
    /**
     * An inner iterate chosen uniformly at random: option II of Johnson and Zhang (from x_0, ...,
     * x_{m−1}) and the output rule of SARAH's Algorithm 1 (from w_0, ..., w_m), the variants their
     * convergence theorems are proved for.
     */
    RANDOM;

    /** The spec token, e.g. {@code last}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every token, for {@code Arguments.choice}. */
    public static String[] tokens() {
        return Arrays.stream(values()).map(Snapshot::token).toArray(String[]::new);
    }

    /** The value of a token. */
    public static Snapshot of(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT));
    }
}
