package steepest.harness.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What convergence figures put on their x axis; {@link #token()} names it in a {@code report} section. */
public enum Abscissa {
    /** The iteration count. */
    ITERATIONS,
    /** Gradient evaluations. */
    EVALUATIONS,
    /** Passes over the data (finite sums only). */
    EPOCHS,
    /** The optimizer's own wall time. */
    TIME;

    /** The lowercase token, e.g. {@code evaluations}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every token, in declaration order. */
    public static List<String> tokens() {
        return Arrays.stream(values()).map(Abscissa::token).toList();
    }

    /** The abscissa whose token is {@code token} (a valid one: callers check against {@link #tokens()}). */
    public static Abscissa ofToken(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT));
    }
}
