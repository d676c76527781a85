package steepest.optimizers;

/**
 * Argument checks for the compact constructors of settings records. Each names the offending field
 * and value; records whose fields users set through specs pass the spec key (for example
 * {@code "lr"}) so that the message speaks the user's language.
 */
public final class Checks {

    private Checks() {
    }

    /** Requires a finite value &gt; 0 (or +∞, a disabled budget). */
    public static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
        return value;
    }

    /** Requires a value &gt;= 0 (not NaN). */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }

    /** Requires a finite value. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        return value;
    }

    /** Requires a value that is not NaN. */
    public static double notNaN(String name, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " must be a number, got NaN");
        }
        return value;
    }

    /** Requires low &lt;= value &lt; high. */
    public static double inHalfOpen(String name, double value, double low, double high) {
        if (!(value >= low && value < high)) {
            throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "), got " + value);
        }
        return value;
    }

    /** Requires low &lt;= value &lt;= high. */
    public static double inClosed(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "], got " + value);
        }
        return value;
    }

    /** Requires value &gt;= minimum. */
    public static long atLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be >= " + minimum + ", got " + value);
        }
        return value;
    }
}
