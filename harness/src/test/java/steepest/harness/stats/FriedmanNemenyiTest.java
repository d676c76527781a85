package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FriedmanNemenyiTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void aConsistentOrderOverThreeProblemsGivesChiSquareSix() {
        // Ranks 1, 2, 3 on each problem: R = 3, 6, 9; chi2 = 12 / (3 * 3 * 4) * 126 - 3 * 3 * 4 = 6, p = exp(-3).
        Friedman friedman = Friedman.test(new double[][] {{1, 5, 9}, {0.1, 0.2, INF}, {7, 8, 10}});
        assertArrayEquals(new double[] {1, 2, 3}, friedman.averageRanks());
        assertEquals(6, friedman.statistic(), 1e-12);
        assertEquals(Math.exp(-3), friedman.pValue(), 1e-15);
        assertEquals(3, friedman.problems());
        assertEquals(3, friedman.optimizers());
    }

    @Test
    void allTiedThereIsNothingToTest() {
        Friedman friedman = Friedman.test(new double[][] {{INF, INF, INF}, {2, 2, 2}});
        assertEquals(0, friedman.statistic());
        assertEquals(1, friedman.pValue());
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1, 2}}));
    }

    /** Demšar 2006, Table 5(a): q_α for k = 2 ... 10 at α = 0.05 and 0.10, to the table's last digit (its 2.343 is 2.3437 cut short). */
    @Test
    void qIsDemsarsTable() {
        double[] at05 = {1.960, 2.343, 2.569, 2.728, 2.850, 2.949, 3.031, 3.102, 3.164};
        double[] at10 = {1.645, 2.052, 2.291, 2.459, 2.589, 2.693, 2.780, 2.855, 2.920};
        for (int k = 2; k <= 10; k++) {
            assertEquals(at05[k - 2], Nemenyi.q(k, 0.05), 1e-3, "k = " + k + " at 0.05");
            assertEquals(at10[k - 2], Nemenyi.q(k, 0.10), 1e-3, "k = " + k + " at 0.10");
        }
    }

    @Test
    void theCriticalDifferenceOfDemsarsExampleAndItsGroups() {
        // Demšar 2006, section 3.2.2: four classifiers on 14 data sets, average ranks 3.143, 2.000, 2.893, 1.964;
        // CD = 2.569 * sqrt(4 * 5 / (6 * 14)) = 1.25 at alpha = 0.05.
        double[] ranks = {3.143, 2.000, 2.893, 1.964};
        Nemenyi nemenyi = Nemenyi.of(ranks, 14, 0.05);
        assertEquals(1.25, nemenyi.criticalDifference(), 5e-3);
        // Sorted: 3 (1.964), 1 (2.000), 2 (2.893), 0 (3.143). 3..2 spans 0.929 < 1.25, 3..0 spans 1.179 < 1.25:
        // all four are one group.
        assertEquals(List.of(List.of(3, 1, 2, 0)), nemenyi.groups());
        // With 50 data sets CD = 0.663: {3, 1} and {2, 0} are groups, 1 and 2 differ by 0.893.
        assertEquals(List.of(List.of(3, 1), List.of(2, 0)), Nemenyi.of(ranks, 50, 0.05).groups());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.q(1, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.q(3, 0));
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.of(new double[] {1, 2}, 0, 0.05));
    }
}
