package steepest.harness.stats;

/**
 * Wilcoxon's signed-rank test of paired samples a and b (pairs by seed), with the conventions of
 * {@code scipy.stats.wilcoxon(a, b, zero_method='wilcox', correction=False, method=M)} in scipy
 * 1.10, M = 'exact' if there are at most {@value #EXACT_LIMIT} pairs, no zero difference and no tie
 * among the |d|, else 'approx' (Wilcoxon, "Individual comparisons by ranking methods", Biometrics
 * Bulletin 1, 1945):
 * <ul>
 *   <li>d_i = a_i − b_i; zero differences are dropped (Wilcoxon's convention); the remaining m
 *       |d_i| are ranked from 1, ties sharing their average rank; R⁺ and R⁻ are the rank sums of
 *       the positive and negative d_i.</li>
 *   <li>Statistic: min(R⁺, R⁻) two-sided, R⁺ one-sided.</li>
 *   <li>Exact: R⁺ under H₀ is the sum of a uniformly random subset of {1, ..., m}; P(R⁺ = k) is
 *       the number of such subsets summing to k over 2^m, counted exactly. Two-sided
 *       p = min(1, 2 min(P(R⁺ &lt;= r), P(R⁺ &gt;= r))), and 1 when r = ⌊m(m+1)/4⌋, as scipy has it.</li>
 *   <li>Normal: z = (T − m(m+1)/4) / σ, σ² = m(m+1)(2m+1)/24 − Σ(t³ − t)/48 over groups of t tied
 *       ranks, no continuity correction; two-sided p = 2 P(Z &gt; |z|), greater P(Z &gt; z), less
 *       P(Z &lt; z).</li>
 * </ul>
 *
 * <p>Runs that never reached a target, diverged or failed count as +∞, worse than any number: a
 * pair where both are +∞ is a zero difference (a tie between two failures), a pair where one is +∞ a
 * difference of infinite magnitude, larger than every finite one and tied with the other infinite
 * ones. When every difference is zero there is nothing to test: scipy raises an error, this test
 * answers p = 1 ({@link TestResult.Method#NONE}).
 *
 * <p>Why not commons-math3's {@code WilcoxonSignedRankTest} (3.6.1): its exact p-value is two-sided
 * only (the regression gate needs a one-sided one), enumerates all 2^m sign patterns (m = 25: 3.4·10⁷
 * patterns of 25 additions per call), and is not capped at 1 (it returns 2 P(R⁺ &gt;= r) &gt; 1 at
 * the centre); its normal approximation ranks zero differences and applies a continuity correction
 * without the tie correction, which is not scipy's convention. The counts here are the same
 * distribution by dynamic programming in O(m³) (a test checks them against commons-math3's
 * enumeration for m &lt;= 14, and against scipy); the normal tail is commons-math3's.
 */
public final class SignedRankTest {

    /** The largest number of pairs for the exact p-value. */
    public static final int EXACT_LIMIT = 25;

    private SignedRankTest() {
    }

    /**
     * The test of a against b, paired by index.
     *
     * @param a           the first sample (not modified); +∞ allowed, NaN refused
     * @param b           the second sample, as long as a
     * @param alternative what is tested against H₀ (the differences are symmetric about 0)
     */
    public static TestResult test(double[] a, double[] b, Alternative alternative) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signed-rank test: " + a.length + " values of a paired with " + b.length
                    + " of b");
        }
        Ranks.requireNumbers("signed-rank test", "a", a);
        Ranks.requireNumbers("signed-rank test", "b", b);
        int pairs = a.length;
        double[] nonZero = new double[pairs];
        int m = 0;
        for (int i = 0; i < pairs; i++) {
            double d = a[i] == b[i] ? 0 : a[i] - b[i];
            if (d != 0) {
                nonZero[m++] = d;
            }
        }
        if (m == 0) {
            return new TestResult(pairs, 0, 1, TestResult.Method.NONE, 0);
        }
        double[] magnitudes = new double[m];
        for (int i = 0; i < m; i++) {
            magnitudes[i] = Math.abs(nonZero[i]);
        }
        double[] ranks = Ranks.of(magnitudes);
        double plus = 0;
        double minus = 0;
        for (int i = 0; i < m; i++) {
            if (nonZero[i] > 0) {
                plus += ranks[i];
            } else {
                minus += ranks[i];
            }
        }
        double statistic = alternative == Alternative.TWO_SIDED ? Math.min(plus, minus) : plus;
        int direction = Double.compare(plus, minus);
        double tieTerm = Ranks.tieTerm(ranks);
        if (pairs <= EXACT_LIMIT && m == pairs && tieTerm == 0) {
            return new TestResult(pairs, statistic, exact(m, (int) plus, alternative), TestResult.Method.EXACT, direction);
        }
        double mean = m * (m + 1.0) * 0.25;
        double deviation = Math.sqrt((m * (m + 1.0) * (2.0 * m + 1.0) - 0.5 * tieTerm) / 24);
        double z = (statistic - mean) / deviation;
        double p = switch (alternative) {
            case TWO_SIDED -> 2 * Ranks.upperTail(Math.abs(z));
            case GREATER -> Ranks.upperTail(z);
            case LESS -> Ranks.upperTail(-z);
        };
        return new TestResult(pairs, statistic, Math.min(p, 1), TestResult.Method.NORMAL, direction);
    }

    /** The exact p-value of R⁺ = {@code plus} among m untied, non-zero differences. */
    static double exact(int m, int plus, Alternative alternative) {
        long[] counts = subsetSums(m);
        double total = Math.pow(2, m);
        long atMost = 0;
        for (int k = 0; k <= plus; k++) {
            atMost += counts[k];
        }
        long atLeast = (1L << m) - atMost + counts[plus];
        double p = switch (alternative) {
            case TWO_SIDED -> plus == (counts.length - 1) / 2 ? 1 : 2 * Math.min(atLeast, atMost) / total;
            case GREATER -> atLeast / total;
            case LESS -> atMost / total;
        };
        return Math.min(p, 1);
    }

    /** counts[k] = the number of subsets of {1, ..., m} whose elements sum to k, k = 0 ... m(m+1)/2. */
    static long[] subsetSums(int m) {
        long[] counts = new long[m * (m + 1) / 2 + 1];
        counts[0] = 1;
        for (int j = 1; j <= m; j++) {
            for (int k = j * (j + 1) / 2; k >= j; k--) {
                counts[k] += counts[k - j];
            }
        }
        return counts;
    }
}
