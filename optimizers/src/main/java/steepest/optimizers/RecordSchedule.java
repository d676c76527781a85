package steepest.optimizers;

/**
 * Which iterations the {@link Driver} records (iteration 0 and the last one always are). A schedule
 * names the next recorded iteration after k, so the driver's per-iteration cost is one comparison.
 * Log spacing keeps traces of long runs small while resolving the early, fast-changing part.
 */
@FunctionalInterface
public interface RecordSchedule {

    /** The first iteration after k (k &gt;= 0) to record; {@code Long.MAX_VALUE} for none. */
    long nextAfter(long k);

    /** Every iteration. */
    static RecordSchedule everyIteration() {
        return k -> k + 1;
    }

    /** Every {@code interval}-th iteration. */
    static RecordSchedule every(long interval) {
        Checks.atLeast("interval", interval, 1);
        return k -> (k / interval + 1) * interval;
    }

    /** No iteration but the first and the last. */
    static RecordSchedule endsOnly() {
        return k -> Long.MAX_VALUE;
    }

    /**
     * About {@code perDecade} iterations per decade, log-spaced: every k &lt;= perDecade is recorded,
     * and a later k when ⌊perDecade·log10(k)⌋ exceeds ⌊perDecade·log10(k − 1)⌋.
     */
    static RecordSchedule logSpaced(int perDecade) {
        Checks.atLeast("perDecade", perDecade, 1);
        return k -> {
            if (k < perDecade) {
                return k + 1;
            }
            // The next grid level m above k is first crossed at ceil(10^(m/p)); the loops only undo rounding.
            double level = Math.floor(perDecade * Math.log10(k)) + 1;
            long next = Math.max(k + 1, (long) Math.ceil(Math.pow(10, level / perDecade)));
            while (next - 1 > k && crossesLevel(next - 1, perDecade)) {
                next--;
            }
            while (!crossesLevel(next, perDecade)) {
                next++;
            }
            return next;
        };
    }

    /** Whether ⌊p·log10(j)⌋ &gt; ⌊p·log10(j − 1)⌋, for j &gt; p. */
    private static boolean crossesLevel(long j, int perDecade) {
        return Math.floor(perDecade * Math.log10(j)) > Math.floor(perDecade * Math.log10(j - 1));
    }
}
