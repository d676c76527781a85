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
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.problems.ml.LogisticRegression;

/**
 * One epoch, ⌈n/b⌉ steps, of SAGA against one epoch of SGD with the same batch size b, on
 * {@code logreg} over dense synthetic data with n = 10⁵ samples and d = 100 features (X is 80 MB),
 * each built from its spec as users run it and stepped through its {@link Oracle}, without the
 * driver's recording. The target: a SAGA epoch takes at most 1.5 times an SGD epoch.
 *
 * <p>Per step SGD scores b rows, folds them into a fresh gradient, adds the ridge and updates x;
 * SAGA scores the same b rows for their loss derivatives ({@code sampleDerivatives}), folds the
 * differences with the stored derivatives into a d-vector ({@code sampleSum}), and updates x and
 * the table's mean in one pass over d. SAGA's table is filled at trial setup (one pass, not
 * measured), so every measured step is a steady-state step. Batches come from a fresh permutation
 * every epoch in both (replacement=false).
 *
 * <p>Run: {@code steepest bench VarianceReductionEpoch} (allocation per epoch: add {@code -prof gc};
 * neither method allocates per step).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class VarianceReductionEpochBenchmark {

    /** Samples. */
    @Param("100000")
    public int n;

    /** Features. */
    @Param("100")
    public int d;

    /** Samples per step. */
    @Param({"1", "32"})
    public int batch;

    /** The method: {@code saga} or {@code sgd}, with the same step and batch. */
    @Param({"saga", "sgd"})
    public String method;

    private Search search;
    private int steps;

    /** Generates X (seeded), builds the objective and the method, and takes SAGA's filling step. */
    @Setup(Level.Trial)
    public void start() {
        LogisticRegression objective = DenseLogistic.generate(n, d).objective();
        String spec = method.equals("sgd") ? "sgd:lr=0.01,batch=" + batch : "saga:lr=0.01,batch=" + batch;
        search = BuiltinOptimizers.asCatalog().create(spec).start(new Oracle(objective), new double[d], new SplittableRandom(1));
        search.step();
        steps = (n + batch - 1) / batch;
    }

    /** ⌈n/b⌉ steps; returns a coordinate so the work is not dead code. */
    @Benchmark
    public double epoch() {
        for (int k = 0; k < steps; k++) {
            search.step();
        }
        return search.x()[0];
    }
}
