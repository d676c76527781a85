package steepest.harness.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
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
import steepest.optimizers.firstorder.GradientMethod;
import steepest.optimizers.firstorder.Schedule;
import steepest.optimizers.firstorder.UpdateRule;

/**
 * One update step of each first-order rule as the suite runs it (the rule built from its spec by
 * the catalog, weight decay on where the rule has it, the learning rate read from a cosine
 * schedule's run state, {@code UpdateRule.State.applyInPlace}), next to nd4j's own updater for Adam
 * and SGD with Nesterov momentum and a STREAM triad a[i] = b[i] + s·c[i] over the same d, each in
 * its own fork.
 *
 * <p>Bytes moved per coordinate (every written array is also read, so write-allocate adds nothing):
 * <ul>
 *   <li>adam, radam, adabelief, yogi: read x, g, m, v, write x, m, v: 56 B;</li>
 *   <li>sgd (momentum), asgd, lion: read x, g and one buffer (b, ax, m), write x and it: 40 B;</li>
 *   <li>rprop: read x, g, the previous gradient and the step sizes, write all but g: 56 B;</li>
 *   <li>lamb: a first pass reads x, g, m, v and writes m, v (48 B), a second reads x, m, v and
 *       writes x (32 B): 80 B;</li>
 *   <li>adafactor on a vector: a first pass reads x, g, v and writes v (32 B), a second reads x, g,
 *       v and writes x (32 B): 64 B;</li>
 *   <li>lookahead around adam: Adam's 56 B, and every k = 5 steps a pass reading x and the slow
 *       weights and writing both (32 B): 62.4 B on average;</li>
 *   <li>schedule-free-adamw: the weight decay pass reads y, z and writes z (24 B), Adam on z (56 B;
 *       its m stays, at β1 = 0), the interpolation pass reads x, z, writes x, y (32 B): 112 B.</li>
 * </ul>
 * The triad reads b and c and writes a, which it does not read, so the cache fills a's lines
 * before writing them: 24 B plus 8 B of write-allocate, 32 B. Bandwidth = bytes·d / time.
 *
 * <p>nd4j's step is {@code applyUpdater} (which overwrites the gradient array with the update) and
 * {@code params.subi(update)}, without weight decay, which nd4j would apply as a further op: a
 * lower bound on its cost. The update it leaves in the gradient array is the next call's gradient;
 * its magnitude stays near the learning rate, so the work per call does not change. nd4j runs on
 * one thread (threads=1, per core like our step) and with its default pool (threads=0). Run with
 * {@code steepest bench -prof gc FirstOrderStep} (allocation per step: gc.alloc.rate.norm).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FirstOrderStepBenchmark {

    /** The cosine schedule every rule runs under. */
    static final String COSINE = "schedule=cosine,t_max=1000000";
    /** Each rule as a user runs it: its defaults, weight decay where it has one, a cosine schedule. */
    static final Map<String, String> SPECS = Map.ofEntries(
            Map.entry("adam", "adam:lr=1e-3,weight_decay=1e-4," + COSINE),
            Map.entry("sgd", "sgd:lr=1e-3,momentum=0.9,nesterov=true,weight_decay=1e-4," + COSINE),
            Map.entry("radam", "radam:weight_decay=1e-4," + COSINE),
            Map.entry("rprop", "rprop:" + COSINE),
            Map.entry("asgd", "asgd:weight_decay=1e-4," + COSINE),
            Map.entry("lion", "lion:" + COSINE),
            Map.entry("lamb", "lamb:weight_decay=1e-4," + COSINE),
            Map.entry("adabelief", "adabelief:weight_decay=1e-4," + COSINE),
            Map.entry("yogi", "yogi:" + COSINE),
            Map.entry("adafactor", "adafactor:weight_decay_rate=1e-4," + COSINE),
            Map.entry("lookahead", "lookahead:inner=(adam:lr=1e-3,weight_decay=1e-4," + COSINE + ")"),
            Map.entry("schedule-free-adamw", "schedule-free-adamw:weight_decay=1e-4"));

    /** Our rule's state, its schedule and the arrays of one run. */
    @State(Scope.Thread)
    public static class Rule {
        /** The dimension. */
        @Param({"100", "10000", "1000000", "10000000"})
        public int d;
        /** The rule, a key of SPECS. */
        @Param({"adam", "sgd", "radam", "rprop", "asgd", "lion", "lamb", "adabelief", "yogi", "adafactor", "lookahead",
            "schedule-free-adamw"})
        public String rule;

        UpdateRule.State state;
        Schedule.State rates;
        double[] x;
        double[] g;

        /** Builds the rule from its spec and starts a run. */
        @Setup(Level.Trial)
        public void start() {
            GradientMethod method = (GradientMethod) BuiltinOptimizers.asCatalog().create(SPECS.get(rule));
            state = method.rule().start(d);
            rates = method.schedule().start(method.rule().learningRate());
            x = filled(d, 0.5);
            g = filled(d, 0.25);
        }
    }

    /** nd4j's updater for the same method, on DOUBLE arrays. */
    @State(Scope.Thread)
    public static class Nd4jUpdater {
        /** The dimension. */
        @Param({"100", "10000", "1000000", "10000000"})
        public int d;
        /** adam or sgd (nd4j's Nesterovs). */
        @Param({"adam", "sgd"})
        public String rule;
        /** nd4j's thread count: 1 (per core, like our loop) or 0 (nd4j's default, one per core). */
        @Param({"1", "0"})
        public int threads;

        GradientUpdater<?> updater;
        INDArray x;
        INDArray g;
        int iteration;

        /** Instantiates the updater on a zeroed state view. */
        @Setup(Level.Trial)
        public void start() {
            Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
            if (threads > 0) {
                Nd4j.getEnvironment().setMaxThreads(threads);
                Nd4j.getEnvironment().setMaxMasterThreads(threads);
            }
            IUpdater config = rule.equals("adam") ? new org.nd4j.linalg.learning.config.Adam(1e-3, 0.9, 0.999, 1e-8)
                    : new Nesterovs(1e-3, 0.9);
            INDArray view = Nd4j.zeros(DataType.DOUBLE, 1, config.stateSize(d));
            updater = config.instantiate(view, true);
            x = Nd4j.createFromArray(filled(d, 0.5)).reshape(1, d);
            g = Nd4j.createFromArray(filled(d, 0.25)).reshape(1, d);
        }
    }

    /** The STREAM triad's arrays. */
    @State(Scope.Thread)
    public static class Triad {
        /** The dimension. */
        @Param({"100", "10000", "1000000", "10000000"})
        public int d;

        double[] a;
        double[] b;
        double[] c;

        /** Fills the arrays. */
        @Setup(Level.Trial)
        public void start() {
            a = new double[d];
            b = filled(d, 1.5);
            c = filled(d, 0.5);
        }
    }

    /** One step of our rule (and of its schedule); returns a coordinate so the work is not dead code. */
    @Benchmark
    public double step(Rule s) {
        s.state.applyInPlace(s.x, s.g, s.rates.learningRate());
        s.rates.advance(0, true);
        return s.x[0];
    }

    /** One step of nd4j's updater: the update, then x ← x − update. */
    @Benchmark
    public INDArray nd4jStep(Nd4jUpdater s) {
        s.updater.applyUpdater(s.g, s.iteration++, 0);
        return s.x.subi(s.g);
    }

    /** a[i] = b[i] + s·c[i]. */
    @Benchmark
    public double triad(Triad s) {
        double[] a = s.a;
        double[] b = s.b;
        double[] c = s.c;
        double scalar = 3.0;
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] + scalar * c[i];
        }
        return a[a.length - 1];
    }

    static double[] filled(int d, double value) {
        double[] array = new double[d];
        java.util.Arrays.fill(array, value);
        return array;
    }
}
