package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.optimizers.Evaluations;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Observation;

class FirstHitsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Iterate k with f = value, k gradient evaluations, 2k function evaluations and 1000 k nanoseconds. */
    private static IterationRecord at(long k, double value) {
        return new IterationRecord(k, value, Double.NaN, Double.NaN, new Evaluations(2 * k, k, 0, 0, 0), 1000 * k);
    }

    @Test
    void recordsTheFirstIterateBelowEachBoundIncludingSeveralAtOnce() {
        FirstHits hits = new FirstHits(Ladder.absolute(1e-1, 1e-2, 1e-4, 1e-6), 1, Double.NaN);
        double[] values = {3, 1.5, 1.05, 1.2, 1.009, 1.00000001, 1.0000000001};
        for (int k = 0; k < values.length; k++) {
            hits.offer(at(k, values[k]));
            hits.offer(at(k, values[k]));
        }
        // gap 0.05 at k = 2 reaches 1e-1; 0.009 at k = 4 reaches 1e-2; 1e-8 at k = 5 reaches 1e-4 and 1e-6.
        assertEquals(4, hits.reached());
        assertArrayEquals(new double[] {2, 4, 5, 5}, hits.costs(Evaluations::gradients));
        assertArrayEquals(new double[] {4, 8, 10, 10}, hits.costs(Evaluations::functions));
        assertArrayEquals(new double[] {2e-6, 4e-6, 5e-6, 5e-6}, hits.seconds(), 1e-18);
    }

    @Test
    void unreachedTargetsAreInfiniteAndNaNValuesReachNothing() {
        FirstHits hits = new FirstHits(Ladder.relative(), 0, 10);
        hits.offer(at(0, 10));
        hits.offer(at(1, Double.NaN));
        hits.offer(at(2, 0.5));
        assertArrayEquals(new double[] {2, INF, INF, INF, INF}, hits.costs(Evaluations::gradients));
        FirstHits unknown = new FirstHits(Ladder.coco(), Double.NaN, 10);
        unknown.offer(at(0, -1e9));
        assertEquals(0, unknown.reached(), "f* unknown: nothing is reached");
    }

    /** An observation that counts how often its (possibly allocating) costs are read. */
    private static final class Counting implements Observation {
        private final IterationRecord record;
        private final int[] reads;

        Counting(IterationRecord record, int[] reads) {
            this.record = record;
            this.reads = reads;
        }

        @Override
        public long iteration() {
            return record.iteration();
        }

        @Override
        public double value() {
            return record.value();
        }

        @Override
        public double gradientNorm() {
            return record.gradientNorm();
        }

        @Override
        public double gap() {
            return record.gap();
        }

        @Override
        public Evaluations evaluations() {
            reads[0]++;
            return record.evaluations();
        }

        @Override
        public long elapsedNanos() {
            return record.elapsedNanos();
        }
    }

    /** A naive recorder: every observation checks every target. */
    private static double[] naive(double[] bounds, double optimum, List<IterationRecord> trace) {
        double[] first = new double[bounds.length];
        Arrays.fill(first, INF);
        for (IterationRecord record : trace) {
            for (int i = 0; i < bounds.length; i++) {
                if (first[i] == INF && record.value() - optimum <= bounds[i]) {
                    first[i] = record.evaluations().gradients();
                }
            }
        }
        return first;
    }

    @Test
    void agreesWithCheckingEveryTargetAtEveryIterateAndReadsCostsOnlyAtHits() {
        SplittableRandom random = new SplittableRandom(7);
        List<IterationRecord> trace = new ArrayList<>();
        double value = 1e3;
        for (int k = 0; k < 5000; k++) {
            // A noisy, non-monotone descent with occasional NaN and jumps back up.
            value = random.nextDouble() < 0.01 ? Double.NaN : Math.abs(value) * Math.exp(random.nextGaussian() * 0.2 - 0.01);
            trace.add(at(k, 2 + value));
        }
        FirstHits hits = new FirstHits(Ladder.coco(), 2, trace.get(0).value());
        int[] reads = {0};
        trace.forEach(record -> hits.offer(new Counting(record, reads)));
        double[] expected = naive(Ladder.coco().bounds(2, Double.NaN), 2, trace);
        assertArrayEquals(expected, hits.costs(Evaluations::gradients));
        long distinctHits = Arrays.stream(expected).filter(Double::isFinite).distinct().count();
        assertEquals(distinctHits, reads[0], "costs are read once per iterate that reaches a target");
    }

    /**
     * The summary's relative targets as the runner has always recorded them, written naively: f(x₀) − f*
     * is the gap of the first observation that is not NaN, and every target is checked at every iterate.
     */
    private static double[] naiveRelative(double[] reductions, double optimum, List<IterationRecord> trace) {
        double[] first = new double[reductions.length];
        Arrays.fill(first, Double.NaN);
        double initialGap = Double.NaN;
        for (IterationRecord record : trace) {
            double gap = record.value() - optimum;
            if (Double.isNaN(initialGap)) {
                initialGap = gap;
            }
            for (int i = 0; i < reductions.length; i++) {
                if (Double.isNaN(first[i]) && gap <= reductions[i] * initialGap) {
                    first[i] = record.evaluations().gradients();
                }
            }
        }
        return first;
    }

    @Test
    void withoutAnInitialValueTheRelativeLadderScalesByTheFirstObservationThatIsNotNaN() {
        double[] reductions = {1e-1, 1e-2, 1e-4, 1e-6, 1e-8};
        SplittableRandom random = new SplittableRandom(11);
        for (int run = 0; run < 20; run++) {
            List<IterationRecord> trace = new ArrayList<>();
            double gap = 50 * random.nextDouble();
            for (int k = 0; k < 3000; k++) {
                boolean failed = k < run % 3 || random.nextDouble() < 0.01;
                trace.add(at(k, failed ? Double.NaN : 1 + gap));
                gap *= Math.exp(random.nextGaussian() * 0.1 - 0.01);
            }
            FirstHits hits = new FirstHits(Ladder.relative(), 1, Double.NaN);
            trace.forEach(hits::offer);
            double[] expected = naiveRelative(reductions, 1, trace);
            assertArrayEquals(expected, hits.targetCosts().gradients(), "run " + run);
            assertEquals(Ladder.relative().labels(), hits.targetCosts().labels());
            assertArrayEquals(Arrays.stream(expected).map(v -> Double.isNaN(v) ? INF : v).toArray(),
                    hits.costs(Evaluations::gradients));
        }
    }

    @Test
    void aStartBelowTheStatedOptimumReachesEveryRelativeTargetAtOnce() {
        List<IterationRecord> trace = List.of(at(0, 0.5), at(1, 2), at(2, 0.1));
        FirstHits hits = new FirstHits(Ladder.relative(), 1, Double.NaN);
        trace.forEach(hits::offer);
        assertArrayEquals(naiveRelative(new double[] {1e-1, 1e-2, 1e-4, 1e-6, 1e-8}, 1, trace),
                hits.targetCosts().gradients());
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, hits.targetCosts().gradients());
    }

    @Test
    void targetCostsAreBlankWhereNotReached() {
        FirstHits hits = new FirstHits(Ladder.absolute(1, 1e-3), 0, Double.NaN);
        hits.offer(at(3, 0.5));
        assertArrayEquals(new double[] {3, Double.NaN}, hits.targetCosts().gradients());
        assertArrayEquals(new double[] {3e-6, Double.NaN}, hits.targetCosts().seconds(), 1e-18);
        assertEquals(List.of("1e0", "1e-3"), hits.targetCosts().labels());
    }
}
