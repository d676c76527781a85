package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AverageRuntimeTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Bootstrap BOOTSTRAP = Bootstrap.seeded(1);

    @Test
    void unsuccessfulRunsCountTheirWholeBudgetOverTheNumberOfSuccesses() {
        // (100 + 1000 + 300 + 1200) / 2 successes.
        AverageRuntime art = AverageRuntime.of(new double[] {100, INF, 300, INF}, new double[] {500, 1000, 800, 1200},
                BOOTSTRAP);
        assertEquals(1300, art.art());
        assertEquals(2, art.successes());
        assertEquals(4, art.runs());
        assertTrue(art.low() <= art.art() && art.art() <= art.high(), art.toString());
    }

    @Test
    void withEveryRunSuccessfulItIsTheMeanRuntimeAndWithNoneInfinite() {
        AverageRuntime all = AverageRuntime.of(new double[] {100, 200, 300}, new double[] {400, 400, 400}, BOOTSTRAP);
        assertEquals(200, all.art());
        assertTrue(all.low() >= 100 && all.high() <= 300, all.toString());
        AverageRuntime none = AverageRuntime.of(new double[] {INF, INF}, new double[] {50, 70}, BOOTSTRAP);
        assertEquals(new AverageRuntime(INF, INF, INF, 0, 2), none);
    }

    @Test
    void theIntervalResamplesRunsSoOneSuccessInTwoLeavesItOpenAbove() {
        // Resamples of {success at 100, failure after 300}: both the success (1/4) -> 100, one each (1/2)
        // -> 400, both the failure (1/4) -> +inf. The 2.5% and 97.5% quantiles are 100 and +inf.
        AverageRuntime art = AverageRuntime.of(new double[] {100, INF}, new double[] {100, 300}, BOOTSTRAP);
        assertEquals(new AverageRuntime(400, 100, INF, 1, 2), art);
        AverageRuntime one = AverageRuntime.of(new double[] {70}, new double[] {90}, BOOTSTRAP);
        assertEquals(new AverageRuntime(70, 70, 70, 1, 1), one);
    }

    @Test
    void theIntervalIsSeededAndDeterministic() {
        double[] toTarget = {120, INF, 80, 310, INF, 95, 150, INF, 60, 200};
        double[] spent = {500, 500, 500, 500, 500, 500, 500, 500, 500, 500};
        assertEquals(AverageRuntime.of(toTarget, spent, Bootstrap.seeded(42)), AverageRuntime.of(toTarget, spent,
                Bootstrap.seeded(42)));
    }

    /** COCO's simulated restarts (cocopp's drawSP), written out independently: runs drawn until a success. */
    private static double simulatedRestart(double[] toTarget, double[] spent, SplittableRandom random) {
        double runtime = 0;
        while (true) {
            int i = random.nextInt(toTarget.length);
            if (Double.isFinite(toTarget[i])) {
                return runtime + toTarget[i];
            }
            runtime += spent[i];
        }
    }

    @Test
    void aRTIsTheMeanRuntimeOfSimulatedRestarts() {
        double[] toTarget = {120, INF, 80, 310, INF, 95, INF};
        double[] spent = {400, 600, 400, 400, 800, 400, 700};
        double art = AverageRuntime.of(toTarget, spent, BOOTSTRAP).art();
        assertEquals((120 + 600 + 80 + 310 + 800 + 95 + 700) / 4.0, art, 1e-12);
        SplittableRandom random = new SplittableRandom(3);
        int samples = 400_000;
        double sum = 0;
        double squares = 0;
        for (int s = 0; s < samples; s++) {
            double runtime = simulatedRestart(toTarget, spent, random);
            sum += runtime;
            squares += runtime * runtime;
        }
        double mean = sum / samples;
        double standardError = Math.sqrt((squares / samples - mean * mean) / samples);
        assertEquals(art, mean, 4 * standardError, "the simulation's mean within 4 standard errors");
    }

    @Test
    void inconsistentRunsAreRefusedNamingTheRun() {
        assertEquals("aRT: run 1 reached the target after 600.0 of its 500.0 evaluations (+inf: never)",
                assertThrows(IllegalArgumentException.class, () -> AverageRuntime.of(new double[] {1, 600},
                        new double[] {500, 500}, BOOTSTRAP)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AverageRuntime.of(new double[] {Double.NaN},
                new double[] {5}, BOOTSTRAP));
        assertThrows(IllegalArgumentException.class, () -> AverageRuntime.of(new double[] {1}, new double[] {INF},
                BOOTSTRAP));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 1));
    }
}
