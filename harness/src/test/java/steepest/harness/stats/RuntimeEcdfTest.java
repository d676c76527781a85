package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeEcdfTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void eachCurveCountsTheTriplesReachedWithinXAndTheVirtualBestTakesTheMinimumPerTriple() {
        double[][] toTarget = {{10, 20, INF, 20}, {5, INF, INF, 40}};
        double[][] spent = {{100, 100, 300, 100}, {50, 200, 400, 60}};
        List<RuntimeEcdf> curves = RuntimeEcdf.of(List.of("a", "b"), toTarget, spent, new double[] {1, 1, 1, 1});
        assertEquals(List.of("a", "b", RuntimeEcdf.VIRTUAL_BEST), curves.stream().map(RuntimeEcdf::optimizer).toList());
        // a: 10 once, 20 twice, one never: (10, 1/4), (20, 3/4); its only miss spent 300.
        assertArrayEquals(new double[] {10, 20}, curves.get(0).evaluations());
        assertArrayEquals(new double[] {0.25, 0.75}, curves.get(0).fraction());
        assertEquals(300, curves.get(0).budget());
        // b: (5, 1/4), (40, 1/2); its misses spent 200 and 400, median 300.
        assertArrayEquals(new double[] {5, 40}, curves.get(1).evaluations());
        assertArrayEquals(new double[] {0.25, 0.5}, curves.get(1).fraction());
        assertEquals(300, curves.get(1).budget());
        // Best per triple: 5, 20, never, 20.
        assertArrayEquals(new double[] {5, 20}, curves.get(2).evaluations());
        assertArrayEquals(new double[] {0.25, 0.75}, curves.get(2).fraction());
        assertEquals(Double.NaN, curves.get(2).budget());
    }

    @Test
    void evaluationsCanBeCountedPerDimension() {
        List<RuntimeEcdf> curves = RuntimeEcdf.of(List.of("a"), new double[][] {{100, 100}}, new double[][] {{200, 200}},
                new double[] {10, 2});
        assertArrayEquals(new double[] {10, 50}, curves.get(0).evaluations());
        assertArrayEquals(new double[] {0.5, 1}, curves.get(0).fraction());
        assertEquals(Double.NaN, curves.get(0).budget(), "every triple reached");
    }

    @Test
    void aRunNotMadeNeverReachesItsTargetAndIsLeftOutOfTheBudget() {
        // b cannot run on the first two triples (NaN spent): they count as never reached.
        List<RuntimeEcdf> curves = RuntimeEcdf.of(List.of("a", "b"), new double[][] {{1, 2, 3}, {INF, INF, 4}},
                new double[][] {{5, 5, 5}, {Double.NaN, Double.NaN, 8}}, new double[] {1, 1, 1});
        assertArrayEquals(new double[] {4}, curves.get(1).evaluations());
        assertArrayEquals(new double[] {1 / 3.0}, curves.get(1).fraction());
        assertEquals(Double.NaN, curves.get(1).budget(), "no run made missed its target");
        assertThrows(IllegalArgumentException.class, () -> RuntimeEcdf.of(List.of("a"), new double[][] {{3}},
                new double[][] {{Double.NaN}}, new double[] {1}), "a run that reached its target was made");
    }

    @Test
    void mismatchedShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RuntimeEcdf.of(List.of("a"), new double[][] {{1, 2}},
                new double[][] {{1}}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> RuntimeEcdf.of(List.of("a"), new double[][] {{Double.NaN}},
                new double[][] {{1}}, new double[] {1}));
    }
}
