package steepest.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.ToDoubleFunction;
import steepest.harness.experiment.Cell;
import steepest.optimizers.Chunks;
import steepest.optimizers.DataParallel;
import steepest.optimizers.ThreadShare;

/**
 * The run's {@code --threads N} as one budget, shared between cells running side by side and the
 * threads inside a cell. The policy: <b>cells first</b>. Each of the N workers holds one thread and
 * runs one cell at a time while cells remain to start; a worker that finds none left retires, and
 * its thread joins the running cells whose objectives are {@link DataParallel}, one thread at a
 * time to the cell of largest expected cost per thread held (the largest cell first; two large
 * cells split the spare threads by their expected costs), up to {@link Chunks#MAX_COUNT} threads a
 * cell. When a cell finishes its extra threads go back to the others. A cell holding t threads
 * counts all t against N: its worker's and t − 1 helpers on a shared pool of N − 1 daemon threads.
 *
 * <p>So threads move only at the tail of a run, or from the start when there are fewer cells than
 * threads (one large cell gets them all). A change takes effect at the cell's next full
 * evaluation ({@link DataParallel#useThreads}); an evaluation already running finishes with the
 * threads it started with, so the pool may briefly run one evaluation's helpers past a change. No
 * result depends on any of this: data-parallel objectives give the same bits on any number of
 * threads.
 *
 * <p>Thread-safe: every method holds the budget's lock; {@code useThreads} is called under it.
 */
final class ThreadBudget {

    private final int threads;
    private final Executor helpers;
    private final ToDoubleFunction<Cell> expected;
    private final List<Share> running = new ArrayList<>();
    private int workers;

    /**
     * @param threads  N &gt;= 1, the whole budget
     * @param helpers  runs the helper tasks of data-parallel evaluations (N − 1 threads suffice)
     * @param expected the expected cost of a running cell (comparable among running cells)
     */
    ThreadBudget(int threads, Executor helpers, ToDoubleFunction<Cell> expected) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.helpers = helpers;
        this.expected = expected;
        this.workers = threads;
    }

    /** A running data-parallel cell and the threads it holds, its worker's included. */
    static final class Share {
        private final Cell cell;
        private final DataParallel objective;
        private volatile int threads = 1;

        private Share(Cell cell, DataParallel objective) {
            this.cell = cell;
            this.objective = objective;
        }

        /** The threads this cell holds now. */
        int threads() {
            return threads;
        }
    }

    /**
     * A worker's cell has a data-parallel objective: it may receive spare threads from now on.
     *
     * @return its share, to hand back to {@link #leave} when the cell ends
     */
    synchronized Share join(Cell cell, DataParallel objective) {
        Share share = new Share(cell, objective);
        running.add(share);
        rebalance();
        return share;
    }

    /** A data-parallel cell ended: its extra threads go to the others (its objective is forgotten). */
    synchronized void leave(Share share) {
        running.remove(share);
        rebalance();
    }

    /** A worker found no cell left to start: its thread becomes spare. */
    synchronized void retire() {
        workers--;
        rebalance();
    }

    /**
     * Hands the spare threads (those of retired workers) to the running data-parallel cells, one at a
     * time to the largest expected cost per thread held, and tells each cell whose count changed.
     */
    private void rebalance() {
        if (running.isEmpty()) {
            return;
        }
        int[] counts = new int[running.size()];
        double[] costs = new double[running.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = 1;
            costs[i] = expected.applyAsDouble(running.get(i).cell);
        }
        for (int spare = threads - workers; spare > 0; spare--) {
            int best = -1;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < Chunks.MAX_COUNT && (best < 0 || costs[i] * counts[best] > costs[best] * counts[i])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            counts[best]++;
        }
        for (int i = 0; i < counts.length; i++) {
            Share share = running.get(i);
            if (share.threads != counts[i]) {
                share.threads = counts[i];
                share.objective.useThreads(counts[i] == 1 ? ThreadShare.SERIAL : new ThreadShare(helpers, counts[i]));
            }
        }
    }
}
