package steepest.optimizers.variance;

import java.util.Arrays;
import java.util.Locale;

/** What the table of SAG and SAGA holds before the first step (spec key {@code init}). */
public enum TableStart {
    /**
     * Every sample's gradient at the start x_0, one counted pass over the data: SAGA's φᵢ⁰ = x⁰ of
     * Defazio, Bach and Lacoste-Julien (2014), which their convergence theorem assumes.
     */
    FULL,
    /** Zeros, at no cost: the yᵢ⁰ = 0 of SAG's convergence theorem (Schmidt, Le Roux and Bach 2017). */
    ZERO;

    /** The spec token, e.g. {@code full}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every token, for {@code Arguments.choice}. */
    public static String[] tokens() {
        return Arrays.stream(values()).map(TableStart::token).toArray(String[]::new);
    }

    /** The value of a token. */
    public static TableStart of(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT));
    }
}
