package steepest.harness.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import steepest.optimizers.ThreadShare;
import steepest.problems.data.Dataset;
import steepest.problems.data.Synthetic;
import steepest.problems.ml.LinearModel;
import steepest.problems.ml.LogisticRegression;
import steepest.problems.ml.PreparedData;
import steepest.problems.ml.SoftmaxRegression;

/**
 * The full value and gradient of {@code logreg} and of {@code softmax} (three classes) on dense
 * synthetic data, n = 10⁶ samples by d = 100 features (X is 800 MB), on one thread and on two
 * ({@link steepest.optimizers.DataParallel}: the rows in 64 fixed chunks, the partial gradients added
 * in chunk order, the same bits on either). The speed-up of a model is the ratio of its
 * {@code threads=1} and {@code threads=2} scores in one run; the target is at least 1.8x on two
 * cores. Run: {@code steepest bench DataParallelGradient} (each parameter set forks its own JVM and
 * generates its own data, about 2 s).
 *
 * <p>Two threads means the benchmark's thread and one helper from a pool of one, the way the harness
 * hands a cell its share; {@code threads=1} never touches the pool.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class DataParallelGradientBenchmark {

    /** {@code logreg} or {@code softmax}. */
    @Param({"logreg", "softmax"})
    public String model;

    /** Threads of the evaluation, the calling one included. */
    @Param({"1", "2"})
    public int threads;

    /** Samples. */
    @Param("1000000")
    public int n;

    /** Features. */
    @Param("100")
    public int d;

    private ExecutorService helpers;
    private LinearModel objective;
    private double[] w;
    private double[] gradient;

    /** Generates X and y (seeded), builds the model on them and hands it its threads. */
    @Setup(Level.Trial)
    public void build() {
        boolean softmax = model.equals("softmax");
        int classes = softmax ? 3 : 2;
        Dataset data = Synthetic.linear(new Synthetic.Spec(n, d, 10, 1, 0.1, classes, 0));
        PreparedData prepared = PreparedData.training("bench", data.features(), data.targets(), classes);
        objective = switch (model) {
            case "logreg" -> new LogisticRegression(prepared, 1e-3);
            case "softmax" -> new SoftmaxRegression(prepared, 1e-3);
            default -> throw new IllegalArgumentException("model must be logreg or softmax, got " + model);
        };
        helpers = Executors.newFixedThreadPool(Math.max(1, threads - 1), r -> {
            Thread thread = new Thread(r, "bench-helper");
            thread.setDaemon(true);
            return thread;
        });
        objective.useThreads(new ThreadShare(helpers, threads));
        w = new double[objective.dimension()];
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.sin(j) * 0.3;
        }
        gradient = new double[w.length];
    }

    /** Stops the helper pool. */
    @TearDown(Level.Trial)
    public void stop() {
        helpers.shutdownNow();
    }

    /** f and ∇f over every sample. */
    @Benchmark
    public double valueAndGradient() {
        return objective.valueAndGradient(w, gradient);
    }
}
