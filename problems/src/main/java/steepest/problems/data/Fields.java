package steepest.problems.data;

import java.util.Locale;
import java.util.Set;

/**
 * Strict parsing of one numeric token of a data file, shared by the readers: plain decimal or
 * scientific notation only (no hexadecimal, no {@code d}/{@code f} suffixes), and NaN and infinity
 * rejected by name rather than read as numbers.
 */
final class Fields {

    private static final Set<String> NAN_NAMES = Set.of("nan", "+nan", "-nan");
    private static final Set<String> INFINITY_NAMES = Set.of("inf", "+inf", "-inf", "infinity", "+infinity",
            "-infinity");

    private Fields() {
    }

    /**
     * Parses {@code token} as a finite double.
     *
     * @param what   names the token in the message, e.g. {@code "field 3"} or {@code "the label"}
     * @throws DataFormatException at (source, line, column) if the token is not a finite number
     */
    static double parseFinite(String token, String what, String source, int line, int column) {
        if (token.isEmpty()) {
            throw new DataFormatException(source, line, column, what + " is empty");
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (NAN_NAMES.contains(lower)) {
            throw new DataFormatException(source, line, column, what + " is NaN ('" + token + "'); data must be finite");
        }
        if (INFINITY_NAMES.contains(lower)) {
            throw new DataFormatException(source, line, column, what + " is infinite ('" + token
                    + "'); data must be finite");
        }
        double value = parseDecimal(token);
        if (Double.isNaN(value)) {
            throw new DataFormatException(source, line, column, what + " '" + token + "' is not a number");
        }
        if (Double.isInfinite(value)) {
            throw new DataFormatException(source, line, column, what + " '" + token
                    + "' overflows to infinity; data must be finite");
        }
        return value;
    }

    /** Whether {@code token} reads as a number or names NaN or infinity (a data field, not a header). */
    static boolean looksNumeric(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return NAN_NAMES.contains(lower) || INFINITY_NAMES.contains(lower) || !Double.isNaN(parseDecimal(token));
    }

    /** The decimal value of {@code token}, or NaN when it is not plain decimal notation. */
    private static double parseDecimal(String token) {
        if (token.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
