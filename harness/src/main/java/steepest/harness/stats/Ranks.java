package steepest.harness.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** What the rank tests share: average ranks of tied values, the tie term, the standard normal's tails. */
final class Ranks {

    /** Ranks from 1, ties sharing their average rank; NaN is refused (the callers reject it earlier). */
    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    /** N(0, 1), without a random generator (only its distribution function is used). */
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Ranks() {
    }

    /** The average ranks of {@code values} (not modified). */
    static double[] of(double[] values) {
        return RANKING.rank(values);
    }

    /** Σ (t³ − t) over the groups of t equal ranks. */
    static double tieTerm(double[] ranks) {
        double[] sorted = ranks.clone();
        Arrays.sort(sorted);
        double term = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                term += t * t * t - t;
                start = i;
            }
        }
        return term;
    }

    /** P(Z &gt; z) for Z ~ N(0, 1): commons-math3's 0.5 erfc(z / √2), accurate in the far tail. */
    static double upperTail(double z) {
        return NORMAL.cumulativeProbability(-z);
    }

    /** Rejects NaN, naming the sample and the index. */
    static void requireNumbers(String test, String sample, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(test + ": " + sample + "[" + i + "] is NaN; a run that failed or"
                        + " never reached its target counts as +inf (worse than any number)");
            }
        }
    }
}
