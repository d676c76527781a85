package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The gate on seeded synthetic data. A cell's cost on seed i is c · s_i · e^{σ ε}: s_i the seed's
 * own difficulty (its start, its mini-batch order), shared by the baseline and every rerun of that
 * seed, and ε ~ N(0, 1) drawn afresh for every run, the run-to-run noise of the method. The baseline
 * is drawn once; each rerun draws fresh noise from a fresh generator seed.
 */
class RegressionGateTest {

    private static final int SEEDS = 10;
    private static final int RERUNS = 100;
    /** Run-to-run noise: about 5% per run. */
    private static final double NOISE = 0.05;
    /** Seed-to-seed spread of difficulty: a factor of about e^0.5. */
    private static final double SPREAD = 0.5;
    private static final RegressionGate GATE = new RegressionGate(0.01, 0.10);

    private static double[] difficulties(int seeds) {
        SplittableRandom random = new SplittableRandom(2024);
        double[] s = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            s[i] = 1000 * Math.exp(SPREAD * random.nextGaussian());
        }
        return s;
    }

    private static double[] run(double[] difficulties, double factor, long generatorSeed) {
        SplittableRandom random = new SplittableRandom(generatorSeed);
        double[] costs = new double[difficulties.length];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = factor * difficulties[i] * Math.exp(NOISE * random.nextGaussian());
        }
        return costs;
    }

    /** How many of {@link #RERUNS} reruns, each with fresh noise, the gate flags. */
    private static int flagged(RegressionGate gate, int seeds, double factor) {
        double[] difficulties = difficulties(seeds);
        double[] baseline = run(difficulties, 1, 0);
        int regressions = 0;
        for (int rerun = 1; rerun <= RERUNS; rerun++) {
            regressions += gate.judge(baseline, run(difficulties, factor, rerun)).regression() ? 1 : 0;
        }
        return regressions;
    }

    @Test
    void aNoisyMethodPassesAHundredRerunsWithoutAFalseAlarm() {
        assertEquals(0, flagged(GATE, SEEDS, 1.0));
    }

    @Test
    void aTwentyPercentSlowdownIsCaughtInEveryRerun() {
        assertEquals(RERUNS, flagged(GATE, SEEDS, 1.2));
    }

    @Test
    void aSignificantShiftWithinTheToleranceIsNoRegression() {
        // 30 seeds make a 4% slowdown significant in most reruns; the 10% tolerance lets it pass.
        RegressionGate testOnly = new RegressionGate(0.01, 0);
        assertTrue(flagged(testOnly, 30, 1.04) > RERUNS / 2, "the test alone would flag it");
        assertEquals(0, flagged(GATE, 30, 1.04));
    }

    @Test
    void sevenSeedsAreTheFewestThatCanRejectAtOnePercent() {
        assertEquals(7, GATE.minimumSeeds());
        assertEquals(2, new RegressionGate(0.5, 0).minimumSeeds());
        // Six seeds all 30% slower: p = 2^-6 > 0.01, undecidable; eight: p = 2^-8, a regression.
        RegressionGate.Verdict six = GATE.judge(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1.3, 2.6, 3.9, 5.2, 6.5,
            7.8});
        assertFalse(six.regression());
        assertFalse(six.decidable());
        assertEquals(Math.pow(2, -6), six.pValue());
        RegressionGate.Verdict eight = GATE.judge(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, new double[] {1.3, 2.6, 3.9,
            5.2, 6.5, 7.8, 9.1, 10.4});
        assertTrue(eight.regression());
        assertEquals(Math.pow(2, -8), eight.pValue());
        assertEquals(1.3, eight.ratio(), 1e-12);
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        assertEquals("alpha must be in (0, 1), got 1.5", assertThrows(IllegalArgumentException.class,
                () -> new RegressionGate(1.5, 0.1)).getMessage());
        assertEquals("tolerance must be finite and at least 0, got -0.1", assertThrows(IllegalArgumentException.class,
                () -> RegressionGate.withTolerance(-0.1)).getMessage());
    }
}
