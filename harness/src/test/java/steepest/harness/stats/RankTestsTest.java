package steepest.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

/** The signed-rank test's exact distribution against commons-math3's enumeration, and the conventions for +∞. */
class RankTestsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Differences ±1 ... ±m with the positive ones summing to {@code plus} (greedy from m down). */
    private static double[] differencesWithPositiveRankSum(int m, int plus) {
        double[] d = new double[m];
        int left = plus;
        for (int j = m; j >= 1; j--) {
            boolean positive = left >= j;
            left -= positive ? j : 0;
            d[j - 1] = positive ? j : -j;
        }
        return d;
    }

    @Test
    void theExactDistributionIsCommonsMathsEnumerationCappedAtOne() {
        WilcoxonSignedRankTest commons = new WilcoxonSignedRankTest();
        for (int m = 1; m <= 14; m++) {
            double[] zeros = new double[m];
            for (int plus = 0; plus <= m * (m + 1) / 2; plus++) {
                double[] d = differencesWithPositiveRankSum(m, plus);
                double enumerated = commons.wilcoxonSignedRankTest(zeros, d, true);
                TestResult ours = SignedRankTest.test(d, zeros, Alternative.TWO_SIDED);
                assertEquals(TestResult.Method.EXACT, ours.method());
                assertEquals(Math.min(1, enumerated), ours.pValue(), 1e-15, "m = " + m + ", R+ = " + plus);
            }
        }
    }

    @Test
    void theSubsetSumCountsAreTheKnownOnes() {
        // Subsets of {1, 2, 3, 4}: sums 0..10 occur 1, 1, 1, 2, 2, 2, 2, 2, 1, 1, 1 times (OEIS A053632, row 4).
        assertEquals(java.util.List.of(1L, 1L, 1L, 2L, 2L, 2L, 2L, 2L, 1L, 1L, 1L),
                java.util.Arrays.stream(SignedRankTest.subsetSums(4)).boxed().toList());
        // All ten differences positive: R+ = 55, one-sided p = 2^-10.
        assertEquals(Math.pow(2, -10), SignedRankTest.exact(10, 55, Alternative.GREATER));
    }

    @Test
    void runsThatNeverReachedRankAfterEveryNumberAndTwoFailuresTie() {
        double[] a = {120, INF, 90, INF, 400, 210};
        double[] b = {100, 500, 95, INF, INF, 180};
        // The same test with the infinite differences replaced by one huge magnitude and the tied pair by equal values.
        double big = 1e300;
        double[] finiteA = {120, big, 90, 7, 0, 210};
        double[] finiteB = {100, 0, 95, 7, big, 180};
        assertEquals(SignedRankTest.test(finiteA, finiteB, Alternative.TWO_SIDED),
                SignedRankTest.test(a, b, Alternative.TWO_SIDED));
        TestResult unpaired = RankSumTest.test(new double[] {3, INF, INF}, new double[] {1, 2, INF}, Alternative.TWO_SIDED);
        assertEquals(unpaired, RankSumTest.test(new double[] {3, 9, 9}, new double[] {1, 2, 9}, Alternative.TWO_SIDED));
        assertEquals(1, unpaired.direction(), "a tends to be greater (worse)");
    }

    @Test
    void samplesWithoutAnyDifferenceGivePOne() {
        assertEquals(new TestResult(3, 0, 1, TestResult.Method.NONE, 0),
                SignedRankTest.test(new double[] {1, INF, 3}, new double[] {1, INF, 3}, Alternative.TWO_SIDED));
        TestResult tied = RankSumTest.test(new double[] {4, 4}, new double[] {4, 4, 4}, Alternative.GREATER);
        assertEquals(TestResult.Method.NONE, tied.method());
        assertEquals(1, tied.pValue());
    }

    @Test
    void theDirectionSaysWhichSampleTendsToBeLarger() {
        TestResult test = SignedRankTest.test(new double[] {1, 2, 3, 4}, new double[] {2, 3, 4, 1}, Alternative.TWO_SIDED);
        // d = -1, -1, -1, 3: R- = 2 + 2 + 2 = 6 (three tied ranks), R+ = 4.
        assertEquals(-1, test.direction());
        assertEquals(4, test.statistic());
        assertEquals(TestResult.Method.NORMAL, test.method(), "tied magnitudes");
    }

    @Test
    void nanIsRefusedNamingTheSampleAndIndex() {
        assertEquals("signed-rank test: b[1] is NaN; a run that failed or never reached its target counts as +inf"
                + " (worse than any number)", assertThrows(IllegalArgumentException.class,
                        () -> SignedRankTest.test(new double[] {1, 2}, new double[] {1, Double.NaN},
                                Alternative.TWO_SIDED)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SignedRankTest.test(new double[] {1}, new double[] {1, 2},
                Alternative.TWO_SIDED));
        assertThrows(IllegalArgumentException.class, () -> RankSumTest.test(new double[] {}, new double[] {1},
                Alternative.TWO_SIDED));
    }
}
