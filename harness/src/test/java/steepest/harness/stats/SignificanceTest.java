package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import steepest.harness.stats.Significance.Better;
import steepest.harness.stats.Significance.Comparison;
import steepest.harness.stats.Significance.Sample;
import steepest.harness.stats.Significance.Standing;

class SignificanceTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final Bootstrap BOOTSTRAP = Bootstrap.seeded(3);

    private static Sample sample(String problem, String optimizer, double... values) {
        return new Sample(problem, "evals_to_1e-6", optimizer, SEEDS, values);
    }

    /** "fast" needs about half of what "slow" and "slower" need on every seed; those two are close. */
    private static List<Sample> samples() {
        return List.of(
                sample("rosenbrock", "fast", 50, 61, 45, 70, 52, 48, 66, 59, 40, 55),
                sample("rosenbrock", "slow", 100, 119, 97, 141, 111, 102, 127, 114, 88, 112),
                sample("rosenbrock", "slower", 104, 115, 99, INF, 108, 99, 131, 120, 85, 114));
    }

    @Test
    void everyPairIsTestedBySeedAndCorrectedByHolmOverTheTable() {
        List<Comparison> table = Significance.table(samples(), 0.05, BOOTSTRAP);
        assertEquals(List.of("fast/slow", "fast/slower", "slow/slower"),
                table.stream().map(c -> c.optimizerA() + "/" + c.optimizerB()).toList());
        double[] raw = table.stream().mapToDouble(c -> c.test().pValue()).toArray();
        assertArrayEquals(Holm.adjust(raw), table.stream().mapToDouble(Comparison::pHolm).toArray());
        Comparison fastSlow = table.get(0);
        // fast < slow on all ten seeds, the differences untied: exact two-sided p = 2 / 2^10.
        assertEquals(TestResult.Method.EXACT, fastSlow.test().method());
        assertEquals(2 * Math.pow(2, -10), fastSlow.test().pValue());
        assertEquals(Better.A, fastSlow.better());
        assertEquals(53.5, fastSlow.medianA());
        assertEquals(111.5, fastSlow.medianB());
        assertTrue(fastSlow.effect().median() < 0.55 && fastSlow.effect().high() < 0.6, fastSlow.effect().toString());
        assertEquals(Better.NEITHER, table.get(2).better(), "slow and slower are not told apart");
    }

    @Test
    void runsOnDifferentSeedsAreComparedUnpaired() {
        List<Sample> samples = new ArrayList<>(samples().subList(0, 1));
        samples.add(new Sample("rosenbrock", "evals_to_1e-6", "other", new long[] {11, 12, 13}, new double[] {90, 95, 99}));
        Comparison comparison = Significance.table(samples, 0.05, BOOTSTRAP).get(0);
        assertEquals(13, comparison.test().n(), "n_a + n_b");
        assertEquals(Double.NaN, comparison.effect().median());
    }

    @Test
    void negativeValuesAreTestedButHaveNoRatio() {
        long[] seeds = {1, 2, 3};
        Comparison comparison = Significance.table(List.of(
                new Sample("p", "final_f", "a", seeds, new double[] {-3, -2, -1}),
                new Sample("p", "final_f", "b", seeds, new double[] {-1, 0.5, 2})), 0.05, BOOTSTRAP).get(0);
        assertEquals(TestResult.Method.EXACT, comparison.test().method());
        assertEquals(Double.NaN, comparison.effect().median());
    }

    @Test
    void onlyAnOptimizerThatBeatsEveryOtherIsBestOtherwiseTheUnbeatenTie() {
        List<Comparison> table = Significance.table(samples(), 0.05, BOOTSTRAP);
        assertEquals(Map.of("fast", Standing.BEST, "slow", Standing.BEHIND, "slower", Standing.BEHIND),
                Significance.standings(table, List.of("fast", "slow", "slower")));
        List<Comparison> withoutFast = Significance.table(samples().subList(1, 3), 0.05, BOOTSTRAP);
        assertEquals(Map.of("slow", Standing.TIED, "slower", Standing.TIED),
                Significance.standings(withoutFast, List.of("slow", "slower")));
    }

    @Test
    void aSampleTwiceOrASeedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Significance.table(List.of(samples().get(0),
                samples().get(0)), 0.05, BOOTSTRAP));
        assertThrows(IllegalArgumentException.class, () -> new Sample("p", "m", "o", new long[] {1, 1},
                new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Significance.table(samples(), 1, BOOTSTRAP));
    }
}
