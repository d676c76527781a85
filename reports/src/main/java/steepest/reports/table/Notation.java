package steepest.reports.table;

import java.util.Locale;

/**
 * How a number is written in a table: scientific with a number of significant digits
 * ({@code 1.2e-6}: mantissa, {@code e}, the exponent without plus sign or leading zeros), fixed with
 * a number of decimals ({@code 0.25}), or a whole number ({@code 1234}). Infinities are written
 * {@code ∞} and {@code −∞}, NaN {@code —}.
 *
 * @param kind   the kind of notation
 * @param digits significant digits (scientific, at least 1) or decimals (fixed, at least 0); 0 for integers
 */
public record Notation(Kind kind, int digits) {

    /** The kinds of notation. */
    public enum Kind {
        /** {@code 1.2e-6}. */
        SCIENTIFIC,
        /** {@code 0.25}. */
        FIXED,
        /** {@code 1234}. */
        INTEGER
    }

    /** Validates the digits for the kind. */
    public Notation {
        if (kind == null) {
            throw new NullPointerException("kind");
        }
        int least = kind == Kind.SCIENTIFIC ? 1 : 0;
        if (digits < least || digits > 17 || (kind == Kind.INTEGER && digits != 0)) {
            throw new IllegalArgumentException("notation " + kind + " cannot have " + digits + " digits");
        }
    }

    /** Scientific notation with {@code significant} digits. */
    public static Notation scientific(int significant) {
        return new Notation(Kind.SCIENTIFIC, significant);
    }

    /** Fixed notation with {@code decimals} decimals. */
    public static Notation fixed(int decimals) {
        return new Notation(Kind.FIXED, decimals);
    }

    /** Whole numbers, rounded half away from zero. */
    public static Notation integer() {
        return new Notation(Kind.INTEGER, 0);
    }

    /** {@code value} in this notation. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        return switch (kind) {
            case SCIENTIFIC -> {
                String[] parts = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value).split("e");
                yield parts[0] + "e" + Integer.parseInt(parts[1]);
            }
            case FIXED -> String.format(Locale.ROOT, "%." + digits + "f", value);
            case INTEGER -> Long.toString(Math.round(value));
        };
    }

    /**
     * {@code value} in scientific notation scaled to the power of ten {@code exponent}
     * ({@code 0.8e-6} for 8e-7 at −6), with as many decimals as this notation's mantissa; in
     * this notation's own form when that mantissa would be below 0.1 or at least 100, or when this
     * notation is not scientific.
     */
    public String formatAt(double value, int exponent) {
        if (kind != Kind.SCIENTIFIC || !Double.isFinite(value)) {
            return format(value);
        }
        double mantissa = value / Math.pow(10, exponent);
        if (value != 0 && (Math.abs(mantissa) < 0.1 || Math.abs(mantissa) >= 100)) {
            return format(value);
        }
        return String.format(Locale.ROOT, "%." + (digits - 1) + "f", mantissa) + "e" + exponent;
    }

    /** The power of ten of {@code value} as this notation writes it (0 unless scientific and finite, non-zero). */
    public int exponent(double value) {
        if (kind != Kind.SCIENTIFIC || !Double.isFinite(value) || value == 0) {
            return 0;
        }
        String written = format(value);
        return Integer.parseInt(written.substring(written.indexOf('e') + 1));
    }

    /** {@code value} rounded as this notation writes it (NaN and infinities unchanged). */
    public double round(double value) {
        return Double.isFinite(value) ? Double.parseDouble(format(value)) : value;
    }
}
