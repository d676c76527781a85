package steepest.optimizers;

/**
 * Which iterations the {@link Driver} records (iteration 0 and the last one always are).
 * Log spacing keeps traces of long runs small while resolving the early, fast-changing part.
 */
@FunctionalInterface
public interface RecordSchedule {

    /** Whether iteration {@code k} (k &gt;= 1) is recorded. */
    boolean records(long k);

    /** Every iteration. */
    static RecordSchedule everyIteration() {
        return k -> true;
    }

    /** Every {@code interval}-th iteration. */
    static RecordSchedule every(long interval) {
        Checks.atLeast("interval", interval, 1);
        return k -> k % interval == 0;
    }

    /** No iteration but the first and the last. */
    static RecordSchedule endsOnly() {
        return k -> false;
    }

    /**
     * About {@code perDecade} iterations per decade, log-spaced: every k &lt;= perDecade is recorded,
     * and a later k when ⌊perDecade·log10(k)⌋ exceeds ⌊perDecade·log10(k − 1)⌋.
     */
    static RecordSchedule logSpaced(int perDecade) {
        Checks.atLeast("perDecade", perDecade, 1);
        return k -> k <= perDecade || Math.floor(perDecade * Math.log10(k)) > Math.floor(perDecade * Math.log10(k - 1));
    }
}
