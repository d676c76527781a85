package steepest.harness.stats;

/**
 * The outcome of a rank test of sample a against sample b.
 *
 * @param n         the sample size: pairs for the signed-rank test, n_a + n_b for the rank-sum test
 * @param statistic the test's statistic, as scipy reports it (see each test)
 * @param pValue    the p-value under the test's alternative, in [0, 1]
 * @param method    how the p-value was computed
 * @param direction +1 when a tends to be greater than b, −1 when it tends to be less, 0 when the
 *                  ranks balance exactly, read from the statistic (rank sums), not from medians
 */
public record TestResult(int n, double statistic, double pValue, Method method, int direction) {

    /** How a p-value was computed. */
    public enum Method {
        /** From the exact null distribution of the statistic. */
        EXACT,
        /** From the normal approximation, variance corrected for ties, no continuity correction. */
        NORMAL,
        /** Not computed: the samples show no difference at all (every pair equal, or every value tied); p = 1. */
        NONE
    }
}
