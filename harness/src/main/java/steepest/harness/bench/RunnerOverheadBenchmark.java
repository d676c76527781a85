package steepest.harness.bench;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Study;
import steepest.harness.run.CellRunner;
import steepest.harness.store.CellOutcome;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;

/**
 * The runner's own cost: one cell of gradient descent on Rosenbrock 2-D (the cheapest iteration
 * there is, so the overhead shows) through {@link CellRunner} (spec parsing, the driver's budget and
 * stop checks, counters, log-spaced trace rows, the target ladder) against the same iterations in a
 * bare loop of {@code Search.step()}. The ratio runner / bare is the overhead; the target is below
 * 1.05. Fixed costs per cell (parsing, the summary row) weigh less at the larger iteration count.
 * {@code tolerance} adds a gradient-norm check at every iteration, which observes f and ∇f
 * each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RunnerOverheadBenchmark {

    /** Iterations per cell: the larger count amortizes the runner's fixed cost per cell. */
    @Param({"100000", "1000000"})
    public long iterations;

    /** Whether the cell also checks a gradient tolerance at every iteration. */
    @Param({"false", "true"})
    public boolean tolerance;

    private Study study;
    private Cell cell;

    /** Builds the one-cell experiment. */
    @Setup
    public void setUp() {
        study = ExperimentParser.study(new ExperimentSource("overhead.yaml", """
                name: overhead
                problems: [rosenbrock:d=2]
                optimizers: [gd:lr=1e-3]
                budget: {iterations: %d}
                stop: {gtol: %s}
                record: {per_decade: 20}
                """.formatted(iterations, tolerance ? "1e-300" : "0"), Optional.empty()), Catalogs.builtin(), 1);
        cell = study.cells().get(0);
    }

    /** The same iterations with nothing around them. */
    @Benchmark
    public double bare() {
        Search search = study.optimizer(cell.optimizer()).build().start(
                new Oracle(study.problem(cell.problem()).build().objective()), new double[] {-1.2, 1},
                new SplittableRandom(cell.rngSeed()));
        for (long k = 0; k < iterations; k++) {
            search.step();
        }
        return search.x()[0];
    }

    /** One cell through the runner. */
    @Benchmark
    public CellOutcome runner() {
        return CellRunner.run(study, cell);
    }
}
