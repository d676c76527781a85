package steepest.harness.run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Study;
import steepest.harness.store.CellOutcome;
import steepest.harness.store.ResultsFolder;
import steepest.optimizers.DataParallel;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Objective;
import steepest.optimizers.StochasticObjective;

/**
 * Runs the incomplete cells of an experiment on {@code threads} threads, storing each as it finishes.
 * A cell's result depends only on the cell, so the folder's content is the same whatever the thread
 * count, the order cells start in or the order they finish in.
 *
 * <p>Cells start longest expected first ({@link Schedule}, {@link CostModel}). The threads are one
 * budget ({@link ThreadBudget}): cells first, one thread each, and once no cell is left to start,
 * the idle threads join the running cells whose objectives split their evaluations
 * ({@link DataParallel}; inside a noisy wrapper too), largest first. Memory stays flat in the number
 * of cells: the runner keeps the pending cells (the input) and counters, nothing per finished cell.
 * Progress goes to {@code log}: a refreshed line on a terminal, one line per finished cell otherwise.
 */
public final class Runner {

    private final int threads;
    private final boolean terminal;
    private final PrintStream log;

    /**
     * @param threads  the thread budget, &gt;= 1: cells running side by side and threads inside them
     * @param terminal whether {@code log} is a terminal (refresh one progress line)
     * @param log      where progress goes
     */
    public Runner(int threads, boolean terminal, PrintStream log) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.terminal = terminal;
        this.log = log;
    }

    /** Counts of what a run did. */
    public record Tally(int ran, int skipped, int converged, int diverged, int failed, int unsupported) {
    }

    /**
     * Runs every cell of {@code cells} that {@code folder} does not hold yet. The first error storing
     * a cell stops the run: no further cell starts, and the error is thrown once the cells in flight
     * have been left to their daemon threads.
     *
     * @param shard "k/N" when {@code cells} is a shard of the experiment, else "1/1"
     *
     * @return what ran
     */
    public Tally run(Study study, List<Cell> cells, ResultsFolder folder, String shard) throws IOException {
        Set<String> present = folder.presentCells();
        List<Cell> pending = cells.stream().filter(c -> !(present.contains(c.id()) && folder.isComplete(c))).toList();
        folder.beginRun(threads, pending.size(), shard);
        Progress progress = new Progress(pending.size());
        Schedule schedule = new Schedule(pending, study.experiment().budget());
        ExecutorService helpers = threads > 1 ? Executors.newFixedThreadPool(threads - 1, daemon("steepest-helper")) : null;
        ThreadBudget budget = new ThreadBudget(threads, helpers == null ? Runnable::run : helpers, schedule::expected);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("steepest-cell"));
        ScheduledExecutorService ticker = terminal ? Executors.newSingleThreadScheduledExecutor(daemon("steepest-progress"))
                : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(() -> log.print("\r" + progress.line()), 0, 500, TimeUnit.MILLISECONDS);
        }
        AtomicBoolean stop = new AtomicBoolean();
        try {
            CompletionService<Void> workers = new ExecutorCompletionService<>(pool);
            for (int w = 0; w < threads; w++) {
                workers.submit(() -> {
                    try {
                        for (Cell cell = schedule.next(); cell != null && !stop.get(); cell = schedule.next()) {
                            run(study, cell, folder, schedule, budget, progress);
                        }
                        return null;
                    } catch (IOException | RuntimeException | Error e) {
                        stop.set(true);
                        throw e;
                    } finally {
                        budget.retire();
                    }
                });
            }
            for (int w = 0; w < threads; w++) {
                workers.take().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            if (helpers != null) {
                helpers.shutdownNow();
            }
            if (ticker != null) {
                ticker.shutdownNow();
                log.println("\r" + progress.line());
            }
        }
        return new Tally(pending.size(), cells.size() - pending.size(), progress.converged.get(),
                progress.diverged.get(), progress.failed.get(), progress.unsupported.get());
    }

    /**
     * Runs one cell on the calling worker: the schedule learns its problem's size when it is built and
     * its time when it ends; a data-parallel objective holds a share of the budget while it runs.
     */
    private void run(Study study, Cell cell, ResultsFolder folder, Schedule schedule, ThreadBudget budget,
                     Progress progress) throws IOException {
        progress.running.incrementAndGet();
        long start = System.nanoTime();
        ThreadBudget.Share[] share = new ThreadBudget.Share[1];
        CellOutcome outcome;
        try {
            outcome = CellRunner.run(study, cell, problem -> {
                Objective exact = exact(problem.objective());
                schedule.sized(cell, problem.dimension(), exact instanceof FiniteSum sum ? sum.size() : 0);
                if (exact instanceof DataParallel parallel) {
                    share[0] = budget.join(cell, parallel);
                }
            });
        } finally {
            if (share[0] != null) {
                budget.leave(share[0]);
            }
        }
        schedule.finished(cell, (System.nanoTime() - start) * 1e-9);
        folder.store(outcome);
        progress.finished(outcome);
        if (!terminal) {
            log.println(progress.done.get() + "/" + progress.total + " " + cell.id() + " "
                    + outcome.status().token()
                    + (outcome.termination() == null ? "" : " (" + outcome.termination().token() + ")")
                    + (outcome.error().isEmpty() ? "" : ": " + outcome.error()));
        }
    }

    /**
     * The objective whose evaluations a run's cost and threads are about: a stochastic wrapper's exact
     * objective (noise added to a data-parallel gradient), however deeply wrapped.
     */
    static Objective exact(Objective objective) {
        Objective inner = objective;
        while (inner instanceof StochasticObjective stochastic && stochastic.exact() != inner) {
            inner = stochastic.exact();
        }
        return inner;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Progress {
        private final int total;
        private final long start = System.nanoTime();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger converged = new AtomicInteger();
        private final AtomicInteger diverged = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger unsupported = new AtomicInteger();

        Progress(int total) {
            this.total = total;
        }

        void finished(CellOutcome outcome) {
            running.decrementAndGet();
            done.incrementAndGet();
            switch (outcome.status()) {
                case CONVERGED -> converged.incrementAndGet();
                case DIVERGED -> diverged.incrementAndGet();
                case FAILED -> failed.incrementAndGet();
                case UNSUPPORTED -> unsupported.incrementAndGet();
                default -> { }
            }
        }

        String line() {
            int finished = done.get();
            double elapsed = (System.nanoTime() - start) * 1e-9;
            String eta = finished == 0 ? "?" : formatSeconds(elapsed / finished * (total - finished));
            return String.format("cells %d/%d done, %d running, %d diverged, %d failed, elapsed %s, ETA %s   ",
                    finished, total, running.get(), diverged.get(), failed.get(), formatSeconds(elapsed), eta);
        }

        private static String formatSeconds(double seconds) {
            long s = Math.round(seconds);
            return String.format("%d:%02d", s / 60, s % 60);
        }
    }
}
