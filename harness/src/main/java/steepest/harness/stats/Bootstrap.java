package steepest.harness.stats;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The percentile bootstrap (Efron and Tibshirani, "An Introduction to the Bootstrap", 1993, ch. 13):
 * a statistic is recomputed on {@code replicates} resamples of the n items drawn with replacement,
 * and the 2.5% and 97.5% quantiles of those values ({@link Quantiles}, so infinite values count as
 * the largest) bound the 95% interval. Resampling is seeded: the same seed gives the same interval
 * bit for bit.
 *
 * @param replicates the number of resamples, at least 1
 * @param seed       the seed of the resampling stream
 */
public record Bootstrap(int replicates, long seed) {

    /** The default number of resamples. */
    public static final int DEFAULT_REPLICATES = 2000;
    /** The interval's lower and upper quantiles: a 95% interval. */
    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    /** Requires at least one replicate. */
    public Bootstrap {
        if (replicates < 1) {
            throw new IllegalArgumentException("bootstrap replicates must be at least 1, got " + replicates);
        }
    }

    /** {@value #DEFAULT_REPLICATES} resamples from {@code seed}. */
    public static Bootstrap seeded(long seed) {
        return new Bootstrap(DEFAULT_REPLICATES, seed);
    }

    /**
     * A 95% interval.
     *
     * @param low  the lower end
     * @param high the upper end
     */
    public record Interval(double low, double high) {
    }

    /**
     * The interval of {@code statistic} over resamples of n &gt;= 1 items. The statistic is handed the
     * indices of one resample (n of them, drawn with replacement); the array is reused, not to be kept.
     */
    public Interval interval(int n, ToDoubleFunction<int[]> statistic) {
        if (n < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one item, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] indices = new int[n];
        double[] values = new double[replicates];
        for (int b = 0; b < replicates; b++) {
            for (int i = 0; i < n; i++) {
                indices[i] = random.nextInt(n);
            }
            values[b] = statistic.applyAsDouble(indices);
        }
        return new Interval(Quantiles.of(values, LOW), Quantiles.of(values, HIGH));
    }
}
