package steepest.harness.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import steepest.harness.stats.FirstHits;
import steepest.harness.stats.Ladder;
import steepest.optimizers.Evaluations;
import steepest.optimizers.IterationRecord;

/**
 * The cost per observed iterate of recording first hits at full resolution, as the driver's
 * checks would feed them: one run's trace of {@value #ITERATES} iterates whose gap falls noisily from
 * 10³ to 10⁻¹⁰ through {@link FirstHits}, with COCO's 51 targets and with the suite's 5 relative
 * ones, against the naive recorder as the baseline: every unreached target checked at every iterate,
 * as the runner's ladder did before (its cost grows with the number of targets). Scores are
 * nanoseconds per iterate; the ratio firstHits / naive at the same ladder is what the pointer saves.
 * Run with {@code steepest bench FirstHits}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FirstHitsBenchmark {

    /** Iterates in the trace. */
    static final int ITERATES = 100_000;

    /** The ladder: COCO's 51 absolute targets or the suite's 5 relative ones. */
    @Param({"coco", "relative"})
    public String ladder;

    private IterationRecord[] trace;

    /** Builds the trace: log10 of the gap falls linearly from 3 to −10, with noise of a tenth of a decade. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        trace = new IterationRecord[ITERATES];
        for (int k = 0; k < ITERATES; k++) {
            double exponent = 3 - 13.0 * k / ITERATES + 0.1 * random.nextGaussian();
            trace[k] = new IterationRecord(k, 1 + Math.pow(10, exponent), Double.NaN, Double.NaN,
                    new Evaluations(k, k, 0, 0, 0), 1000L * k);
        }
    }

    /** FirstHits with the ladder {@link #ladder}. */
    @Benchmark
    @OperationsPerInvocation(ITERATES)
    public FirstHits firstHits() {
        FirstHits hits = new FirstHits(Ladder.named(ladder), 1, trace[0].value());
        for (IterationRecord record : trace) {
            hits.offer(record);
        }
        return hits;
    }

    /** The baseline: every target of the ladder {@link #ladder} checked at every iterate. */
    @Benchmark
    @OperationsPerInvocation(ITERATES)
    public double[] naive() {
        double[] bounds = Ladder.named(ladder).bounds(1, trace[0].value());
        double[] first = new double[bounds.length];
        Arrays.fill(first, Double.NaN);
        for (IterationRecord record : trace) {
            double gap = record.value() - 1;
            for (int i = 0; i < bounds.length; i++) {
                if (Double.isNaN(first[i]) && gap <= bounds[i]) {
                    first[i] = record.evaluations().gradients();
                }
            }
        }
        return first;
    }
}
