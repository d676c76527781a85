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
            long next = k + 1;
            while (next > perDecade && Math.floor(perDecade * Math.log10(next))
                    <= Math.floor(perDecade * Math.log10(next - 1))) {
                next++;
            }
            return next;
        };
    }
}
