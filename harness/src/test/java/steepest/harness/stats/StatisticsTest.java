package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed small cases for quantiles, bands and profiles. */
class StatisticsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void quantilesInterpolateAndTreatCensoredCostsAsLargest() {
        assertEquals(1.75, Quantiles.of(new double[] {4, 1, 3, 2}, 0.25), 1e-15, "numpy.quantile([1,2,3,4], .25)");
        assertEquals(2.5, Quantiles.median(new double[] {1, 2, 3, 4}), 1e-15);
        assertEquals(5, Quantiles.median(new double[] {INF, 3, 5}));
        assertEquals(INF, Quantiles.median(new double[] {3, INF, INF}));
        assertEquals(INF, Quantiles.median(new double[] {3, INF}), "half censored: the median is not reached");
        assertEquals(2, Quantiles.median(new double[] {Double.NaN, 1, 3}), 1e-15, "NaN is ignored");
        assertEquals(Double.NaN, Quantiles.median(new double[] {Double.NaN}));
    }

    @Test
    void bandsUseEachRunsLastValueAtOrBeforeEachGridPoint() {
        Band band = Band.of(List.of(new double[] {0, 2, 4}, new double[] {0, 3}),
                List.of(new double[] {10, 5, 1}, new double[] {8, 2}), 0.25, 0.75);
        assertArrayEquals(new double[] {0, 2, 3, 4}, band.grid());
        assertArrayEquals(new double[] {9, 6.5, 3.5, 1.5}, band.median(), 1e-15);
        assertArrayEquals(new double[] {8.5, 5.75, 2.75, 1.25}, band.lower(), 1e-15);
        assertArrayEquals(new double[] {9.5, 7.25, 4.25, 1.75}, band.upper(), 1e-15);
    }

    private static final double[][] COSTS = {
        {10, 20, INF},
        {30, 15, 15},
        {INF, INF, INF},
    };
    private static final List<String> SOLVERS = List.of("a", "b", "c");

    @Test
    void performanceProfilesCountProblemsWithinEachRatioOfTheBest() {
        List<Profiles.Profile> profiles = Profiles.performance(COSTS, SOLVERS);
        assertArrayEquals(new double[] {1, 2}, profiles.get(0).at());
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0}, profiles.get(0).fraction(), 1e-15);
        assertArrayEquals(new double[] {1, 2}, profiles.get(1).at());
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0}, profiles.get(1).fraction(), 1e-15);
        assertArrayEquals(new double[] {1}, profiles.get(2).at());
        assertArrayEquals(new double[] {1 / 3.0}, profiles.get(2).fraction(), 1e-15);
        assertEquals(0, profiles.get(0).valueAt(0.99));
        assertEquals(2 / 3.0, profiles.get(0).valueAt(1e9), 1e-15, "problem 3 is never solved");
    }

    @Test
    void dataProfilesCountProblemsWithinEachBudgetOfSimplexGradients() {
        List<Profiles.Profile> profiles = Profiles.data(COSTS, new int[] {1, 3, 2}, SOLVERS);
        assertArrayEquals(new double[] {5, 7.5}, profiles.get(0).at(), 1e-15, "10/(1+1), 30/(3+1)");
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0}, profiles.get(0).fraction(), 1e-15);
        assertArrayEquals(new double[] {3.75, 10}, profiles.get(1).at(), 1e-15);
        assertArrayEquals(new double[] {3.75}, profiles.get(2).at(), 1e-15);
        assertEquals(1 / 3.0, profiles.get(2).valueAt(100), 1e-15);
    }
}
