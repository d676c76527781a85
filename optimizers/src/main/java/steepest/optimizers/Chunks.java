package steepest.optimizers;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * A fixed partition of the terms [0, n) of a sum into contiguous chunks, and the loop that runs one
 * task per chunk on a {@link ThreadShare}. This is the kernel behind {@link DataParallel}: the
 * boundaries are a function of the data alone (how many terms, how much work each, how long a
 * partial result is), never of the thread count; every task writes only its own chunk's partial
 * result; the caller then adds the partials in chunk order. The sum has the same bits on any number
 * of threads.
 *
 * <p>How many chunks: as many as the work allows, within three limits that keep a chunk worth
 * handing to another thread and the final reduction cheap. A chunk carries at least
 * {@value #MIN_WORK} multiply-adds (tens of microseconds, well above the cost of waking a pool
 * thread), at least {@value #REDUCTION_RATIO} times the length of its partial result (so adding
 * the partials costs at most a few percent of the pass), and at least a given number of terms (a
 * caller's block of rows, or enough rows for a matrix product to pay its call). There are at most {@value #MAX_COUNT} chunks, enough to keep that many
 * threads busy and to balance two to eight of them within a few percent. Data below the first two
 * limits form one chunk, which a caller evaluates as a plain serial loop.
 *
 * <p>The loop hands out chunks dynamically (an atomic counter): a thread that finishes early takes
 * the next chunk, so an unevenly loaded machine still balances. Immutable and thread-safe.
 */
public final class Chunks {

    /** The most chunks a partition has. */
    public static final int MAX_COUNT = 64;
    /** The least work, in multiply-adds, a chunk of a partitioned sum carries. */
    public static final long MIN_WORK = 1L << 16;
    /** A chunk's work is at least this multiple of the length of its partial result. */
    public static final int REDUCTION_RATIO = 32;

    private final int terms;
    private final int size;
    private final int count;

    /**
     * Chunks of {@code size} terms (the last one takes the rest).
     *
     * @param terms n &gt;= 1
     * @param size  terms per chunk, &gt;= 1
     */
    public Chunks(int terms, int size) {
        Checks.atLeast("terms", terms, 1);
        Checks.atLeast("chunk size", size, 1);
        this.terms = terms;
        this.size = Math.min(size, terms);
        this.count = (terms + this.size - 1) / this.size;
    }

    /**
     * The partition of a sum by the rules of the class comment: the largest count the limits allow,
     * then chunks of equal size (the last one takes the rest).
     *
     * @param terms         n &gt;= 1 terms
     * @param minTerms      the fewest terms a chunk holds (unless n is smaller), &gt;= 1
     * @param workPerTerm   the multiply-adds of one term in one pass, on average, &gt; 0
     * @param partialLength the length of a chunk's partial result (a gradient's dimension), &gt;= 1
     */
    public static Chunks of(int terms, int minTerms, double workPerTerm, int partialLength) {
        Checks.atLeast("minTerms", minTerms, 1);
        Checks.positive("workPerTerm", workPerTerm);
        Checks.atLeast("partialLength", partialLength, 1);
        double work = terms * workPerTerm;
        double wanted = Math.min(Math.min(work / MIN_WORK, work / ((double) REDUCTION_RATIO * partialLength)),
                Math.min(MAX_COUNT, terms / minTerms));
        int chunks = (int) Math.max(1, wanted);
        return new Chunks(terms, (terms + chunks - 1) / chunks);
    }

    /** The number of chunks, &gt;= 1. */
    public int count() {
        return count;
    }

    /** The first term of chunk c. */
    public int start(int c) {
        return c * size;
    }

    /** One past the last term of chunk c. */
    public int end(int c) {
        return Math.min(terms, (c + 1) * size);
    }

    /**
     * Runs {@code task.accept(c)} once for every chunk c, on the calling thread and up to
     * {@code share.threads() − 1} helpers, and returns when every task has finished. With one
     * thread (or one chunk) the tasks run in order on the calling thread and nothing is allocated.
     * If tasks throw, the remaining chunks are skipped and the first failure is rethrown here, after
     * every started task has finished.
     *
     * @param share the threads to use
     * @param task  the work of one chunk; must touch only that chunk's state (and read shared input)
     */
    public void forEach(ThreadShare share, IntConsumer task) {
        int helpers = Math.min(share.threads(), count) - 1;
        if (helpers == 0) {
            for (int c = 0; c < count; c++) {
                task.accept(c);
            }
            return;
        }
        Pass pass = new Pass(task, count);
        try {
            for (int h = 0; h < helpers; h++) {
                share.executor().execute(pass);
            }
        } catch (RejectedExecutionException e) {
            // A pool that is shutting down: the calling thread does the rest.
        }
        pass.run();
        pass.awaitAndRethrow();
    }

    /** One call of {@link #forEach}: the chunks still to claim and the ones still running. */
    private static final class Pass implements Runnable {
        private final IntConsumer task;
        private final int count;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch unfinished;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Pass(IntConsumer task, int count) {
            this.task = task;
            this.count = count;
            this.unfinished = new CountDownLatch(count);
        }

        @Override
        public void run() {
            for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        task.accept(c);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    unfinished.countDown();
                }
            }
        }

        /** Waits (uninterruptibly: tasks still write the caller's buffers) and rethrows a failure. */
        void awaitAndRethrow() {
            boolean interrupted = false;
            while (true) {
                try {
                    unfinished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
