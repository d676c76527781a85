package steepest.harness.store;

/**
 * Number formatting for every CSV steepest writes. Reals are written with {@link Double#toString},
 * the shortest text that parses back to the same double (round-trip exact); integral counts are
 * written without a fraction ("12", not "12.0"), so both int() and float() parsers accept them.
 */
public final class Csv {

    private Csv() {
    }

    /** A real with full precision: NaN, Infinity and -Infinity as Java writes them. */
    public static String real(double value) {
        return Double.toString(value);
    }

    /** A count that may be fractional (mini-batch gradients): integral values without ".0". */
    public static String count(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Quotes a text field if it holds a comma, quote or line break (RFC 4180). */
    public static String text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
