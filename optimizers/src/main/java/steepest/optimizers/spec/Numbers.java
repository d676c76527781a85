package steepest.optimizers.spec;

import java.util.Locale;

/**
 * The one grammar of real numbers in specs and experiment files: decimal or scientific notation
 * ({@code 0.001}, {@code 1e-3}), and infinities written {@code inf}, {@code infinity} or YAML's
 * {@code .inf}, each with an optional sign, in any case. NaN, hexadecimal floats and Java's type
 * suffixes ({@code 1d}, {@code 2f}) are not numbers here.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Parses {@code text} (surrounding blanks ignored).
     *
     * @throws NumberFormatException if it is not a number of this grammar
     */
    public static double parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity") || unsigned.equals(".inf")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.isEmpty() || !unsigned.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == 'e' || c == '+'
                || c == '-')) {
            throw new NumberFormatException("not a number: " + text);
        }
        return Double.parseDouble(lower);
    }
}
