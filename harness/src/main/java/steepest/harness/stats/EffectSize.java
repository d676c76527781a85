package steepest.harness.stats;

/**
 * How much a differs from b, paired by seed: the median of the ratios r_i = a_i / b_i with a seeded
 * percentile {@link Bootstrap} 95% interval over the pairs. For costs and gaps (lower is better) a
 * median below 1 means a is cheaper: 0.5 is "a needs half of what b needs on the same seed".
 *
 * <p>Ratios of runs that never reached a target (+∞) or reached 0: equal values give 1 (two
 * failures, or two exact zeros, are a tie), a / 0 = +∞ and 0 / b = 0 for a, b &gt; 0, +∞ / b = +∞,
 * a / +∞ = 0. Medians treat ±∞ as the largest and smallest values ({@link Quantiles}).
 *
 * @param median the median ratio
 * @param low    the interval's lower end
 * @param high   the interval's upper end
 */
public record EffectSize(double median, double low, double high) {

    /**
     * The median paired ratio a / b and its interval.
     *
     * @param a         one value per seed, non-negative or +∞ (not modified)
     * @param b         the same seeds' values of the other optimizer
     * @param bootstrap the resampling of the pairs
     */
    public static EffectSize pairedRatio(double[] a, double[] b, Bootstrap bootstrap) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("paired ratio: needs the same positive number of values, got " + a.length
                    + " and " + b.length);
        }
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = ratio(a[i], b[i], i);
        }
        double[] resampled = new double[a.length];
        Bootstrap.Interval interval = bootstrap.interval(a.length, indices -> {
            for (int i = 0; i < indices.length; i++) {
                resampled[i] = ratios[indices[i]];
            }
            return Quantiles.median(resampled);
        });
        return new EffectSize(Quantiles.median(ratios), interval.low(), interval.high());
    }

    /** a / b with the conventions above; refuses negative and NaN values, naming pair {@code index}. */
    static double ratio(double a, double b, int index) {
        if (!(a >= 0) || !(b >= 0)) {
            throw new IllegalArgumentException("paired ratio: pair " + index + " is (" + a + ", " + b
                    + "); ratios need values >= 0 (+inf for a run that never reached its target)");
        }
        return a == b ? 1 : a / b;
    }
}
