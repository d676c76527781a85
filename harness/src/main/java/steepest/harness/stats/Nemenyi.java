package steepest.harness.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Nemenyi post-hoc test after {@link Friedman} (Nemenyi, "Distribution-free multiple
 * comparisons", PhD thesis, Princeton, 1963; Demšar, "Statistical comparisons of classifiers over
 * multiple data sets", JMLR 7, 2006, §3.2.2): two of k optimizers ranked over N problems differ
 * significantly when their average ranks differ by at least the critical difference
 * <pre>
 *   CD = q_α √(k (k + 1) / (6 N)),
 * </pre>
 * where q_α is the studentized range statistic at infinite degrees of freedom divided by √2, the
 * value Demšar tabulates (Table 5(a): k = 2 ... 10 at α = 0.05: 1.960, 2.343, 2.569, 2.728, 2.850,
 * 2.949, 3.031, 3.102, 3.164; at α = 0.10: 1.645, 2.052, 2.291, 2.459, 2.589, 2.693, 2.780, 2.855,
 * 2.920). q_α is computed, for any k, from the range W of k standard normals:
 * P(W &lt;= w) = k ∫ φ(z) (Φ(z) − Φ(z − w))^{k−1} dz = 1 − α, q_α = w / √2 (commons-math3's
 * Gauss–Legendre integration and Brent's root finder).
 *
 * <p>The groups are what a critical-difference diagram joins with a bar: with the optimizers sorted by
 * average rank, the maximal runs of consecutive ones whose ranks span less than CD (no two of a
 * group differ significantly), each of two or more.
 *
 * @param alpha              the level
 * @param q                  q_α
 * @param criticalDifference CD
 * @param groups             the groups, as indices into the ranks given, in rank order (immutable)
 */
public record Nemenyi(double alpha, double q, double criticalDifference, List<List<Integer>> groups) {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    /** Beyond ±this the standard normal density is below 1e-18 and the integral has nothing left. */
    private static final double REACH = 9;
    private static final double INTEGRATION_ACCURACY = 1e-14;
    private static final int GAUSS_POINTS = 16;
    private static final int MAX_EVALUATIONS = 1_000_000;
    private static final double ROOT_ACCURACY = 1e-13;
    private static final double LARGEST_RANGE = 30;

    /** Copies the groups. */
    public Nemenyi {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /**
     * The critical difference and groups of optimizers ranked over {@code problems} problems.
     *
     * @param averageRanks the optimizers' average ranks ({@link Friedman#averageRanks()}), at least 2
     * @param problems     N, at least 1
     * @param alpha        the level, in (0, 1)
     */
    public static Nemenyi of(double[] averageRanks, int problems, double alpha) {
        int k = averageRanks.length;
        if (problems < 1) {
            throw new IllegalArgumentException("Nemenyi: needs at least one problem, got " + problems);
        }
        double q = q(k, alpha);
        double cd = q * Math.sqrt(k * (k + 1.0) / (6.0 * problems));
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> averageRanks[i]));
        List<List<Integer>> groups = new ArrayList<>();
        int reached = 0;
        for (int i = 0; i < k; i++) {
            int j = i;
            while (j + 1 < k && averageRanks[order[j + 1]] - averageRanks[order[i]] < cd) {
                j++;
            }
            if (j > i && j > reached) {
                groups.add(List.of(order).subList(i, j + 1));
                reached = j;
            }
        }
        return new Nemenyi(alpha, q, cd, groups);
    }

    /** q_α for k &gt;= 2 optimizers: the (1 − α) quantile of the range of k standard normals, over √2. */
    public static double q(int k, double alpha) {
        if (k < 2) {
            throw new IllegalArgumentException("Nemenyi: needs at least 2 optimizers, got " + k);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        double w = new BrentSolver(ROOT_ACCURACY).solve(MAX_EVALUATIONS, range -> rangeProbability(k, range) - (1 - alpha),
                0, LARGEST_RANGE);
        return w / Math.sqrt(2);
    }

    /** P(W &lt;= w) for the range W of k standard normals. */
    static double rangeProbability(int k, double w) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(GAUSS_POINTS,
                INTEGRATION_ACCURACY, INTEGRATION_ACCURACY);
        return k * integrator.integrate(MAX_EVALUATIONS, z -> NORMAL.density(z)
                * Math.pow(NORMAL.cumulativeProbability(z) - NORMAL.cumulativeProbability(z - w), k - 1), -REACH, REACH);
    }
}
