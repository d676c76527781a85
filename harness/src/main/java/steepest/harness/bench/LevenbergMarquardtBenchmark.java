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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import steepest.optimizers.Oracle;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Residuals;
import steepest.optimizers.Search;
import steepest.optimizers.linear.PivotedQr;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * One {@code levenberg-marquardt} iteration on {@code least-squares} with n = 10⁴ samples and d = 100
 * features (synthetic, no intercept, no held-out rows, λ = 0, so J is exactly 10⁴ × 100), against
 * its baseline in the same run: one QR factorization of that Jacobian by the same code
 * ({@link #qr}: loading J into {@link PivotedQr}'s column-major workspace and factoring it). The
 * target is {@code iteration} &lt;= 2 × {@code qr}.
 *
 * <p>An iteration is a steady one: a trial (the LM parameter from R, one residual evaluation) and,
 * the step being taken, the Jacobian at the new point, its QR factorization, Qᵀr and the scaled
 * gradient. To have many such iterations the run starts with a tiny trust region
 * ({@code factor=1e-6}; the model is exact on linear least squares, so every step is taken and the
 * radius doubles until the Gauss–Newton step fits, about 20 iterations), with MINPACK's tests
 * reduced to their rounding floors. Each run's first step (which also evaluates and factors J at x₀)
 * is taken in the per-invocation setup, not measured; a run that has stopped is replaced there too.
 *
 * <pre>  ./steepest bench LevenbergMarquardt</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LevenbergMarquardtBenchmark {

    /** The problem: 10⁴ × 100, J = X/√n. */
    public static final String PROBLEM =
            "least-squares:dataset=synthetic,n=10000,d=100,intercept=false,test_fraction=0,lambda=0";
    /** The method: a tiny first trust region, MINPACK's tests at their floors. */
    public static final String METHOD = "levenberg-marquardt:factor=1e-6,ftol=0,xtol=0,gtol=0";

    private double[][] jacobian;
    private PivotedQr qr;

    /** J at the start and the baseline's workspace, once per trial. */
    @Setup(Level.Trial)
    public void create() {
        Residuals residuals = (Residuals) BuiltinProblems.asCatalog().create(PROBLEM).objective();
        jacobian = new double[residuals.residualCount()][residuals.dimension()];
        residuals.jacobian(new double[residuals.dimension()], jacobian);
        qr = new PivotedQr(jacobian.length, residuals.dimension());
    }

    /** A run of the method, replaced by a fresh one (first step taken, unmeasured) once it stops. */
    @State(Scope.Thread)
    public static class Run {
        private Problem problem;
        private Optimizer optimizer;
        private Search search;
        private boolean stopped = true;

        /** Builds the problem and the method once per trial. */
        @Setup(Level.Trial)
        public void create() {
            problem = BuiltinProblems.asCatalog().create(PROBLEM);
            optimizer = BuiltinOptimizers.asCatalog().create(METHOD);
        }

        /** Replaces a stopped run by a fresh one whose first step is taken here. */
        @Setup(Level.Invocation)
        public void ensureRunning() {
            if (stopped) {
                search = optimizer.start(new Oracle(problem.objective()), problem.start(), new SplittableRandom(0));
                stopped = !search.step();
            }
        }
    }

    /** One steady iteration; returns a coordinate so the work is not dead code. */
    @Benchmark
    public double iteration(Run run) {
        run.stopped = !run.search.step();
        return run.search.x()[0];
    }

    /** The baseline: one pivoted QR factorization of the 10⁴ × 100 Jacobian, input load included. */
    @Benchmark
    public double qr() {
        qr.loadRows(jacobian);
        qr.factor();
        return qr.rDiagonal()[0];
    }
}
