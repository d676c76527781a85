package steepest.harness.api;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;
import steepest.harness.experiment.ExperimentParser;

/**
 * How {@link Steepest#run} runs an experiment.
 *
 * @param threads  cells run in parallel, &gt;= 1; the results do not depend on it
 * @param maxCells refuse experiments of more cells, &gt;= 1
 * @param progress where one line per finished cell goes
 */
public record RunOptions(int threads, long maxCells, PrintStream progress) {

    /** Validates, naming the option. */
    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (maxCells < 1) {
            throw new IllegalArgumentException("maxCells must be >= 1, got " + maxCells);
        }
        Objects.requireNonNull(progress, "progress");
    }

    /** Every core, the default cell limit, no progress output. */
    public static RunOptions defaults() {
        return new RunOptions(Runtime.getRuntime().availableProcessors(), ExperimentParser.DEFAULT_MAX_CELLS,
                new PrintStream(OutputStream.nullOutputStream()));
    }

    /** These options with {@code threads} threads. */
    public RunOptions withThreads(int threads) {
        return new RunOptions(threads, maxCells, progress);
    }

    /** These options with progress lines going to {@code progress}. */
    public RunOptions withProgress(PrintStream progress) {
        return new RunOptions(threads, maxCells, progress);
    }
}
