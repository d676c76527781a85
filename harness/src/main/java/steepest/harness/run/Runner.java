package steepest.harness.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Study;
import steepest.harness.store.CellOutcome;
import steepest.harness.store.ResultsFolder;

/**
 * Runs the incomplete cells of an experiment on a pool of threads, storing each as it finishes. A
 * cell's result depends only on the cell, so the folder's content is the same whatever the thread
 * count or completion order. Progress goes to {@code log}: a refreshed line on a terminal, one line
 * per finished cell otherwise.
 */
public final class Runner {

    private final int threads;
    private final boolean terminal;
    private final PrintStream log;

    /**
     * @param threads  worker threads, &gt;= 1
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
     * Runs every cell of {@code cells} that {@code folder} does not hold yet.
     *
     * @param shard "k/N" when {@code cells} is a shard of the experiment, else "1/1"
     *
     * @return what ran
     */
    public Tally run(Study study, List<Cell> cells, ResultsFolder folder, String shard) throws IOException {
        List<Cell> pending = cells.stream().filter(c -> !folder.isComplete(c)).toList();
        folder.beginRun(threads, pending.size(), shard);
        Progress progress = new Progress(pending.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "steepest-cell");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService ticker = terminal ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "steepest-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(() -> log.print("\r" + progress.line()), 0, 500, TimeUnit.MILLISECONDS);
        }
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Cell cell : pending) {
                futures.add(pool.submit(() -> {
                    progress.running.incrementAndGet();
                    CellOutcome outcome = CellRunner.run(study, cell);
                    try {
                        folder.store(outcome);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.finished(outcome);
                    if (!terminal) {
                        log.println(progress.done.get() + "/" + pending.size() + " " + cell.id() + " "
                                + outcome.status().token()
                                + (outcome.termination() == null ? "" : " (" + outcome.termination().token() + ")")
                                + (outcome.error().isEmpty() ? "" : ": " + outcome.error()));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            if (ticker != null) {
                ticker.shutdownNow();
                log.println("\r" + progress.line());
            }
        }
        return new Tally(pending.size(), cells.size() - pending.size(), progress.converged.get(),
                progress.diverged.get(), progress.failed.get(), progress.unsupported.get());
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
