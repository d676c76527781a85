package steepest.optimizers;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The threads a {@link DataParallel} objective may use for one full evaluation: the calling thread
 * itself and up to {@code threads − 1} helper tasks handed to {@code executor}. The count is a
 * ceiling, not a promise: a helper that the executor starts late finds the work already done and
 * returns at once, and the calling thread can always finish every chunk alone, so an evaluation
 * never waits for a helper to start (the executor may be busy, or even be the pool the calling
 * thread belongs to).
 *
 * @param executor runs the helper tasks; never used when {@code threads == 1}
 * @param threads  &gt;= 1, the calling thread included
 */
public record ThreadShare(Executor executor, int threads) {

    /** One thread, the caller's: what every objective uses until told otherwise. */
    public static final ThreadShare SERIAL = new ThreadShare(Runnable::run, 1);

    /** Validates the count, naming the field. */
    public ThreadShare {
        Objects.requireNonNull(executor, "executor");
        Checks.atLeast("threads", threads, 1);
    }
}
