package steepest.harness.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import steepest.optimizers.Oracle;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Search;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * One step of gradient descent ({@code gd:lr=1e-4}) on chained Rosenbrock of dimension d, through the
 * same classes a user runs: the counted oracle, the fused value+gradient and the update rule. The
 * step must allocate nothing: check with {@code steepest bench -prof gc GradientDescentStep}
 * (gc.alloc.rate.norm ≈ 0 B/op).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradientDescentStepBenchmark {

    /** The dimension. */
    @Param({"100", "10000", "1000000"})
    public int d;

    private Search search;

    /** Starts a fresh run per trial. */
    @Setup(Level.Trial)
    public void start() {
        Problem problem = BuiltinProblems.asCatalog().create("rosenbrock:d=" + d);
        Optimizer gd = BuiltinOptimizers.asCatalog().create("gd:lr=1e-4");
        search = gd.start(new Oracle(problem.objective()), problem.start(), new SplittableRandom(0));
    }

    /** One iteration; returns a coordinate so the work is not dead code. */
    @Benchmark
    public double step() {
        search.step();
        return search.x()[0];
    }
}
