package steepest.harness.stats;

/**
 * The statistical regression gate of {@code check} for a cell run on several seeds: per seed a
 * baseline value and a new value of a lower-is-better metric (evaluations to a target, final gap,
 * time), paired by seed. A regression is declared only when both hold:
 * <ul>
 *   <li>the one-sided Wilcoxon {@link SignedRankTest} of new against baseline (alternative: new
 *       tends to be greater) rejects at level α, and</li>
 *   <li>the effect, the median paired ratio new / baseline ({@link EffectSize}), exceeds 1 + the
 *       declared relative tolerance.</li>
 * </ul>
 * The test alone would flag a harmless shift of a few percent once enough seeds make it
 * significant; the tolerance alone would flag seed noise. Together the false-alarm rate per cell is
 * at most α, and a slowdown larger than the tolerance is caught once there are enough seeds.
 *
 * <p>With m seeds that all got worse the smallest one-sided p-value is 2^−m, so fewer than
 * {@link #minimumSeeds} seeds can never reject: such a verdict says so ({@link Verdict#decidable()}),
 * and {@code check} should report it rather than pass silently.
 *
 * @param alpha     the level of the one-sided test, in (0, 1); {@value #DEFAULT_ALPHA} by default
 * @param tolerance the relative slowdown tolerated, e.g. 0.1 for 10%; finite, at least 0
 */
public record RegressionGate(double alpha, double tolerance) {

    /** The default level. */
    public static final double DEFAULT_ALPHA = 0.01;

    /** Requires α in (0, 1) and a finite tolerance &gt;= 0, naming the key. */
    public RegressionGate {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and at least 0, got " + tolerance);
        }
    }

    /** The gate at the default α with a relative tolerance. */
    public static RegressionGate withTolerance(double tolerance) {
        return new RegressionGate(DEFAULT_ALPHA, tolerance);
    }

    /** The fewest seeds m with which the one-sided exact test can reach p &lt; α: the least m with 2^−m &lt; α (7 at α = 0.01). */
    public int minimumSeeds() {
        int seeds = 1;
        while (Math.pow(0.5, seeds) >= alpha) {
            seeds++;
        }
        return seeds;
    }

    /**
     * The gate's decision on one cell.
     *
     * @param regression whether a regression is declared
     * @param pValue     the one-sided p-value
     * @param ratio      the median paired ratio new / baseline
     * @param seeds      the number of paired seeds
     * @param decidable  whether there were enough seeds for the test to reject at all
     */
    public record Verdict(boolean regression, double pValue, double ratio, int seeds, boolean decidable) {
    }

    /**
     * Judges new values against the baseline, paired by index (seed).
     *
     * @param baseline per seed, the committed baseline's value (&gt;= 0 or +∞)
     * @param current  per seed, the new value
     */
    public Verdict judge(double[] baseline, double[] current) {
        if (baseline.length != current.length || baseline.length == 0) {
            throw new IllegalArgumentException("the gate pairs seeds: got " + baseline.length + " baseline and "
                    + current.length + " new values");
        }
        TestResult test = SignedRankTest.test(current, baseline, Alternative.GREATER);
        double[] ratios = new double[current.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = EffectSize.ratio(current[i], baseline[i], i);
        }
        double ratio = Quantiles.median(ratios);
        boolean regression = test.pValue() < alpha && ratio > 1 + tolerance;
        return new Verdict(regression, test.pValue(), ratio, current.length, current.length >= minimumSeeds());
    }
}
