package steepest.optimizers;

import java.util.Locale;

/**
 * Estimates of memory checked before a problem or an optimizer allocates what a key sized, so that
 * {@code quadratic:d=100000000} on a small heap is refused with one line naming the size and the
 * heap, instead of ending in an {@link OutOfMemoryError} half-way through building it.
 *
 * <p>Estimates are compared with the largest heap the JVM may grow to ({@link Runtime#maxMemory()},
 * set by {@code -Xmx}), not with what happens to be free at the moment: what is free depends on
 * when the collector last ran, and a run must be refused or accepted the same way every time. An
 * estimate below the maximum can therefore still run out of memory when much of the heap is
 * already in use; one above it can never fit. Estimates count the arrays that grow with the keys
 * and leave out object headers and small fixed buffers.
 */
public final class Memory {

    /** The longest array HotSpot allocates; a few below {@link Integer#MAX_VALUE}. */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * The n-vectors a run keeps besides the problem's own: the iterate and its gradient, the
     * oracle's memo of an observed point and gradient, the driver's gradient and two vectors of
     * method state (moments, a trial point and its gradient). Methods that keep more check it
     * themselves when they start.
     */
    public static final int RUN_VECTORS = 8;

    private Memory() {
    }

    /** The bytes of {@code count} doubles, as a real number so that no product overflows. */
    public static double doubles(double count) {
        return 8 * count;
    }

    /**
     * Requires {@code bytes} not to exceed the heap's maximum.
     *
     * @param what what needs the memory, in the user's terms (e.g. {@code "d=100000000"})
     * @throws IllegalArgumentException one line naming {@code what}, the estimate and the heap
     */
    public static void require(String what, double bytes) {
        require(what, bytes, Runtime.getRuntime().maxMemory());
    }

    /** As {@link #require(String, double)}, against a heap of {@code heapBytes}. */
    static void require(String what, double bytes, long heapBytes) {
        if (bytes > heapBytes) {
            throw new IllegalArgumentException(what + " needs about " + describe(bytes) + " of memory, more than the "
                    + describe(heapBytes) + " the Java heap may grow to; give it more with JAVA_OPTS=-Xmx<size>, e.g. "
                    + "JAVA_OPTS=-Xmx" + gigabytesAbove(bytes) + "g");
        }
    }

    /**
     * Requires an array of {@code length} entries to be possible at all.
     *
     * @param what what the length is, in the user's terms (e.g. {@code "d=2147483647"})
     * @throws IllegalArgumentException naming {@code what} and the limit
     */
    public static void requireArrayLength(String what, double length) {
        if (length > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(what + " is too large: it needs an array of " + count(length)
                    + " entries, and one Java array holds at most " + MAX_ARRAY_LENGTH);
        }
    }

    /** A byte count for people: 1.5 GB, 310 MB, 12 kB (decimal units). */
    public static String describe(double bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        if (unit == 0) {
            return String.format(Locale.ROOT, "%.0f bytes", value);
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    private static String count(double length) {
        return length < 1e15 ? String.format(Locale.ROOT, "%.0f", length) : String.format(Locale.ROOT, "%.3g", length);
    }

    /** The whole number of binary gigabytes (as -Xmx reads "g") that holds {@code bytes} with a quarter to spare. */
    private static long gigabytesAbove(double bytes) {
        return Math.max(1, (long) Math.ceil(1.25 * bytes / (1L << 30)));
    }
}
