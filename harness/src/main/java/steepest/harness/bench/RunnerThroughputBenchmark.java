package steepest.harness.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Study;
import steepest.harness.run.Runner;
import steepest.harness.store.ResultsFolder;

/**
 * Cells per second of the runner on the quickstart grid, with 1 and 2 threads: one operation runs
 * every cell of the experiment into a fresh results folder (trace and cell files, the summary). The
 * speed-up is the ratio of the two scores; the target is at least 1.7 on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 15)
@Fork(1)
public class RunnerThroughputBenchmark {

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private Study study;
    private Path folder;
    private ResultsFolder results;

    /** Loads the quickstart grid. */
    @Setup
    public void load() {
        study = ExperimentParser.study(ExperimentSource.of("quickstart"), Catalogs.builtin(),
                ExperimentParser.DEFAULT_MAX_CELLS);
    }

    /**
     * A fresh results folder per operation, made outside the measurement: opening one writes the
     * manifest with its provenance (git subprocesses), a cost per experiment, not per cell.
     */
    @Setup(Level.Invocation)
    public void freshFolder() throws IOException {
        folder = Files.createTempDirectory("steepest-bench");
        results = ResultsFolder.open(folder.resolve("r"), study);
    }

    /** Releases the folder and removes it. */
    @TearDown(Level.Invocation)
    public void removeFolder() throws IOException {
        results.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every cell of the quickstart experiment, stored, and the summary written. */
    @Benchmark
    public Runner.Tally quickstart() throws IOException {
        Runner.Tally tally = new Runner(threads, false, new PrintStream(OutputStream.nullOutputStream()))
                .run(study, study.cells(), results, "1/1");
        results.finish(study.cells());
        return tally;
    }
}
