package steepest.harness.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CriticalDifferenceRanksTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void runsThatReachedTheTargetComeFirstByCostThenTheOthersByFinalGapWithTiesAveraged() {
        double[][] scores = {{10, 1e-9}, {INF, 1e-3}, {INF, 1e-5}, {10, 1e-9}, {4, 1e-7}, {INF, INF}};
        // 4 first; the two 10s share ranks 2 and 3; then the gaps 1e-5, 1e-3; a run with nothing last.
        assertArrayEquals(new double[] {2.5, 5, 4, 2.5, 1, 6}, CriticalDifferenceFigures.ranks(scores));
    }

    @Test
    void equalScoresTieEverywhere() {
        assertArrayEquals(new double[] {2, 2, 2}, CriticalDifferenceFigures.ranks(new double[][] {{INF, INF}, {INF, INF},
            {INF, INF}}));
    }
}
