package steepest.harness.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import steepest.optimizers.Driver;
import steepest.optimizers.Objective;
import steepest.optimizers.Observer;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * A whole {@code lbfgs} solve (m = 10) of MGH extended Rosenbrock ({@code mgh-extended-rosenbrock:n})
 * from the standard start to ‖∇f‖₂ &lt;= 10⁻⁶ per operation, through {@link Driver#run} as a user
 * runs it, for the comparison with scipy's L-BFGS-B in {@code scripts/bench-lbfgs-vs-scipy.sh}
 * (scipy stops on ‖∇f‖∞ &lt;= 10⁻⁶, which ours implies). The secondary results count
 * {@code solves}, {@code gradientEvaluations} and {@code iterations}; their ratios are per solve
 * (every solve is the same deterministic run).
 *
 * <p>{@link #firstIteration} is the same run stopped after one iteration: it allocates what a run
 * allocates once (the L-BFGS memory, 2(m + 1)·n doubles, and the work vectors). With
 * {@code -prof gc}, (alloc(solve) − alloc(firstIteration)) / (iterations − 1) is what one more
 * iteration allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class LbfgsSolveBenchmark {

    /** The gradient tolerance, ‖∇f‖₂. */
    public static final double GRADIENT_TOLERANCE = 1e-6;

    /** The dimension. */
    @Param({"10000", "100000"})
    public int n;

    private Optimizer lbfgs;
    private Objective objective;
    private double[] start;

    /**
     * Counts summed over the solves of a measurement iteration, reported beside the time; per solve
     * they are gradientEvaluations / solves and iterations / solves.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counts {
        /** Solves. */
        public long solves;
        /** Gradient evaluations. */
        public double gradientEvaluations;
        /** Iterations. */
        public long iterations;

        /** Starts every measurement iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            solves = 0;
            gradientEvaluations = 0;
            iterations = 0;
        }
    }

    /** Creates the problem and the optimizer from their specs once per trial. */
    @Setup(Level.Trial)
    public void create() {
        Problem problem = BuiltinProblems.asCatalog().create("mgh-extended-rosenbrock:n=" + n);
        objective = problem.objective();
        start = problem.start();
        lbfgs = BuiltinOptimizers.asCatalog().create("lbfgs");
    }

    /** One solve to the tolerance. */
    @Benchmark
    public RunResult solve(Counts counts) {
        RunResult result = run(StoppingRules.iterations(Long.MAX_VALUE));
        counts.solves++;
        counts.gradientEvaluations += result.last().evaluations().gradients();
        counts.iterations += result.last().iteration();
        return result;
    }

    /** The same run stopped after its first iteration: the per-run cost. */
    @Benchmark
    public RunResult firstIteration() {
        return run(StoppingRules.iterations(1));
    }

    private RunResult run(StoppingRules budget) {
        return Driver.run(lbfgs, objective, start, new SplittableRandom(0),
                budget.withGradientTolerance(GRADIENT_TOLERANCE), RecordSchedule.endsOnly(), Observer.NONE);
    }
}
