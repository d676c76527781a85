package steepest.harness.stats;

/**
 * The Mann–Whitney U test (Wilcoxon rank-sum test) of independent samples a and b, for runs that
 * are not paired by seed, with the conventions of {@code scipy.stats.mannwhitneyu(a, b,
 * use_continuity=False, method='asymptotic')} in scipy 1.10 (Mann and Whitney, "On a test of whether
 * one of two random variables is stochastically larger than the other", Ann. Math. Stat. 18, 1947):
 * <ul>
 *   <li>The n = n_a + n_b values are ranked together from 1, ties sharing their average rank;
 *       U_a = R_a − n_a(n_a + 1)/2 from the rank sum R_a of a, U_b = n_a n_b − U_a. The statistic
 *       reported is U_a.</li>
 *   <li>z = (U − n_a n_b / 2) / σ, σ² = n_a n_b / 12 · (n + 1 − Σ(t³ − t) / (n(n − 1))) over groups
 *       of t tied values, no continuity correction, with U = max(U_a, U_b) and p = 2 P(Z &gt; z)
 *       (capped at 1) two-sided, U = U_a and p = P(Z &gt; z) for greater, U = U_b for less.</li>
 * </ul>
 * A run that never reached its target counts as +∞, ranked after every number and tied with the
 * other +∞. When every value is tied there is nothing to test (scipy answers NaN): p = 1
 * ({@link TestResult.Method#NONE}).
 *
 * <p>commons-math3's {@code MannWhitneyUTest} leaves out the tie correction of the variance, so
 * only its normal distribution is used here.
 */
public final class RankSumTest {

    private RankSumTest() {
    }

    /**
     * The test of a against b.
     *
     * @param a           the first sample, not empty (not modified); +∞ allowed, NaN refused
     * @param b           the second sample, not empty
     * @param alternative what is tested against H₀ (a and b are equally distributed)
     */
    public static TestResult test(double[] a, double[] b, Alternative alternative) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("rank-sum test: needs values in both samples, got " + a.length + " and "
                    + b.length);
        }
        Ranks.requireNumbers("rank-sum test", "a", a);
        Ranks.requireNumbers("rank-sum test", "b", b);
        double na = a.length;
        double nb = b.length;
        double[] both = new double[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        double[] ranks = Ranks.of(both);
        double rankSum = 0;
        for (int i = 0; i < a.length; i++) {
            rankSum += ranks[i];
        }
        double ua = rankSum - na * (na + 1) / 2;
        double ub = na * nb - ua;
        double mean = na * nb / 2;
        int direction = Double.compare(ua, mean);
        double n = na + nb;
        double variance = na * nb / 12 * ((n + 1) - Ranks.tieTerm(ranks) / (n * (n - 1)));
        if (!(variance > 0)) {
            return new TestResult(both.length, ua, 1, TestResult.Method.NONE, direction);
        }
        double u = switch (alternative) {
            case TWO_SIDED -> Math.max(ua, ub);
            case GREATER -> ua;
            case LESS -> ub;
        };
        double p = Ranks.upperTail((u - mean) / Math.sqrt(variance)) * (alternative == Alternative.TWO_SIDED ? 2 : 1);
        return new TestResult(both.length, ua, Math.min(p, 1), TestResult.Method.NORMAL, direction);
    }
}
