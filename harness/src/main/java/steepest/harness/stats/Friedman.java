package steepest.harness.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Friedman's test of k optimizers over N problems (Friedman, "The use of ranks to avoid the
 * assumption of normality implicit in the analysis of variance", JASA 32, 1937; Demšar,
 * "Statistical comparisons of classifiers over multiple data sets", JMLR 7, 2006, §3.2.2), as
 * {@code scipy.stats.friedmanchisquare} computes it: within each problem the k scores are ranked
 * from 1 (the lowest score, the best), ties sharing their average rank; with R_j the rank sum of
 * optimizer j and Σ(t³ − t) over the groups of t ties of every problem,
 * <pre>
 *   χ² = (12 / (N k (k + 1)) Σ_j R_j² − 3 N (k + 1)) / (1 − Σ(t³ − t) / (N k (k² − 1))),
 * </pre>
 * and p = P(χ²_{k−1} &gt; χ²). The upper tail is commons-math3's regularized incomplete gamma
 * function Q((k − 1)/2, χ²/2), not 1 − {@code ChiSquaredDistribution.cumulativeProbability}, which
 * loses every digit of a small p to cancellation. When every problem ties all optimizers there is no
 * ranking to test (scipy divides 0 by 0): χ² = 0 and p = 1.
 *
 * <p>A score of +∞ (the target never reached, the run diverged) ranks last, tied with the other +∞.
 *
 * @param problems     N
 * @param optimizers   k
 * @param averageRanks each optimizer's rank averaged over the problems, R_j / N (the input of
 *                     {@link Nemenyi}) (a copy is kept)
 * @param statistic    χ²
 * @param pValue       P(χ²_{k−1} &gt; χ²)
 */
public record Friedman(int problems, int optimizers, double[] averageRanks, double statistic, double pValue) {

    /** Copies the ranks. */
    public Friedman {
        averageRanks = averageRanks.clone();
    }

    /** The average ranks (a copy). */
    @Override
    public double[] averageRanks() {
        return averageRanks.clone();
    }

    /**
     * The test.
     *
     * @param scores [problem][optimizer], lower is better; +∞ allowed, NaN refused; at least 3
     *               optimizers (as scipy requires) and one problem
     */
    public static Friedman test(double[][] scores) {
        int n = scores.length;
        if (n == 0) {
            throw new IllegalArgumentException("Friedman test: no problems");
        }
        int k = scores[0].length;
        if (k < 3) {
            throw new IllegalArgumentException("Friedman test: needs at least 3 optimizers, got " + k);
        }
        double[] rankSums = new double[k];
        double ties = 0;
        for (int p = 0; p < n; p++) {
            if (scores[p].length != k) {
                throw new IllegalArgumentException("Friedman test: problem " + p + " has " + scores[p].length
                        + " scores for " + k + " optimizers");
            }
            Ranks.requireNumbers("Friedman test", "problem " + p, scores[p]);
            double[] ranks = Ranks.of(scores[p]);
            for (int j = 0; j < k; j++) {
                rankSums[j] += ranks[j];
            }
            ties += Ranks.tieTerm(ranks);
        }
        double[] average = new double[k];
        double squares = 0;
        for (int j = 0; j < k; j++) {
            average[j] = rankSums[j] / n;
            squares += rankSums[j] * rankSums[j];
        }
        double correction = 1 - ties / (k * ((double) k * k - 1) * n);
        if (!(correction > 0)) {
            return new Friedman(n, k, average, 0, 1);
        }
        double statistic = (12.0 / (k * n * (k + 1.0)) * squares - 3.0 * n * (k + 1)) / correction;
        double p = Gamma.regularizedGammaQ((k - 1) / 2.0, Math.max(statistic, 0) / 2);
        return new Friedman(n, k, average, statistic, p);
    }
}
