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

    /** The most characters of a token a message shows. */
    static final int SHOWN = 40;

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
            throw new DataFormatException(source, line, column, what + " is NaN (" + quote(token) + "); data must be finite");
        }
        if (INFINITY_NAMES.contains(lower)) {
            throw new DataFormatException(source, line, column, what + " is infinite (" + quote(token)
                    + "); data must be finite");
        }
        double value = parseDecimal(token);
        if (Double.isNaN(value)) {
            throw new DataFormatException(source, line, column, what + " " + quote(token) + " is not a number");
        }
        if (Double.isInfinite(value)) {
            throw new DataFormatException(source, line, column, what + " " + quote(token)
                    + " overflows to infinity; data must be finite");
        }
        return value;
    }

    /**
     * {@code token} in single quotes as a one-line message may show it: characters a terminal would
     * act on or cannot show (control and format characters, unassigned and private-use code points,
     * lone surrogates, line separators, and U+FFFD, which stands for bytes that are not UTF-8) are
     * escaped as a backslash, x and two hex digits or u and four, a backslash is doubled, and a token
     * longer than {@value #SHOWN} characters is cut there and marked with "...", so that a binary file
     * named as data cannot write to the terminal or flood it.
     */
    static String quote(String token) {
        StringBuilder out = new StringBuilder("'");
        int shown = Math.min(token.length(), SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = token.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (printable(c)) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, c < 0x100 ? "\\x%02x" : "\\u%04x", (int) c));
            }
        }
        return out.append(token.length() > SHOWN ? "...'" : "'").toString();
    }

    private static boolean printable(char c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> c != '\uFFFD';
        };
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
