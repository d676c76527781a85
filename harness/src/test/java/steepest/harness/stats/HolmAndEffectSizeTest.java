package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolmAndEffectSizeTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void holmMultipliesTheKthSmallestByMMinusKPlusOneAndKeepsTheOrder() {
        // Sorted: 0.005 x 4 = 0.02, 0.01 x 3 = 0.03, 0.03 x 2 = 0.06, 0.04 x 1 = 0.04 -> max so far 0.06.
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.5, 0.6}));
        double[] withGap = Holm.adjust(new double[] {0.02, Double.NaN, 0.04});
        assertArrayEquals(new double[] {0.04, Double.NaN, 0.04}, withGap, 1e-15, "NaN does not count in m");
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {1.5}));
    }

    @Test
    void theEffectIsTheMedianPairedRatioWithFailuresAndZerosByConvention() {
        // Ratios 2/1, 4/4, inf/5, 0/0 = 2, 1, inf, 1: median of {1, 1, 2, inf} = 1.5.
        EffectSize effect = EffectSize.pairedRatio(new double[] {2, 4, INF, 0}, new double[] {1, 4, 5, 0},
                Bootstrap.seeded(5));
        assertEquals(1.5, effect.median());
        assertTrue(effect.low() <= 1.5 && effect.high() >= 1.5, effect.toString());
        assertEquals(effect, EffectSize.pairedRatio(new double[] {2, 4, INF, 0}, new double[] {1, 4, 5, 0},
                Bootstrap.seeded(5)));
        assertEquals(0, EffectSize.ratio(3, INF, 0));
        assertEquals(INF, EffectSize.ratio(3, 0, 0));
        assertEquals(1, EffectSize.ratio(INF, INF, 0));
        assertEquals("paired ratio: pair 1 is (1.0, -2.0); ratios need values >= 0 (+inf for a run that never reached"
                + " its target)", assertThrows(IllegalArgumentException.class, () -> EffectSize.pairedRatio(
                        new double[] {1, 1}, new double[] {1, -2}, Bootstrap.seeded(1))).getMessage());
    }

    @Test
    void aConstantRatioHasAPointInterval() {
        EffectSize effect = EffectSize.pairedRatio(new double[] {2, 4, 6}, new double[] {1, 2, 3}, Bootstrap.seeded(9));
        assertEquals(new EffectSize(2, 2, 2), effect);
    }
}
