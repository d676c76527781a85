package steepest.harness.bench;

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
import steepest.optimizers.Objective;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * One value+gradient evaluation of the chained Rosenbrock function ({@code rosenbrock:d}) and of MGH's
 * extended Rosenbrock ({@code mgh-extended-rosenbrock:n}), created from their specs as a user would,
 * beside a baseline that only reads x once and writes the gradient array once (the memory traffic
 * any fused pass must pay: 16 bytes per coordinate). Both evaluations must be one pass and allocate
 * nothing: run {@code steepest bench -prof gc RosenbrockValueGradient} (gc.alloc.rate.norm ≈ 0 B/op).
 * Bandwidth = 16·d bytes / time per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RosenbrockValueGradientBenchmark {

    /** The dimension. */
    @Param({"1000000"})
    public int d;

    private Objective chained;
    private Objective extended;
    private double[] x;
    private double[] gradient;

    /** Creates the objectives and a start point once per trial. */
    @Setup(Level.Trial)
    public void create() {
        Problem problem = BuiltinProblems.asCatalog().create("rosenbrock:d=" + d);
        chained = problem.objective();
        extended = BuiltinProblems.asCatalog().create("mgh-extended-rosenbrock:n=" + d).objective();
        x = problem.start();
        gradient = new double[d];
    }

    /** Chained Rosenbrock f and ∇f. */
    @Benchmark
    public double chainedValueAndGradient() {
        return chained.valueAndGradient(x, gradient);
    }

    /** Extended (MGH 21) Rosenbrock f and ∇f, the hand-fused loop. */
    @Benchmark
    public double extendedValueAndGradient() {
        return extended.valueAndGradient(x, gradient);
    }

    /** The floor: read x once, write the gradient once (a scaled copy), return a sum. */
    @Benchmark
    public double readAndWriteBaseline() {
        double sum = 0;
        double[] in = x;
        double[] out = gradient;
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            sum += v;
            out[i] = 2 * v;
        }
        return sum;
    }
}
