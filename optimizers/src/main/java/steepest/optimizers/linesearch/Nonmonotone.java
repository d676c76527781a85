package steepest.optimizers.linesearch;

import steepest.optimizers.Checks;

/**
 * Grippo, Lampariello and Lucidi's nonmonotone line search ("A nonmonotone line search technique for
 * Newton's method", SIAM J. Numer. Anal. 23(4), 1986) as Birgin, Martínez and Raydan's SPG2 runs it
 * (SIAM J. Optim. 10(4), 2000): λ = 1 first, accepted when
 * <pre>
 *   φ(λ) &lt;= φ_ref + γ·λ·φ'(0),   φ_ref = the largest of the last M values of f (the caller's),
 * </pre>
 * else λ ← the minimizer of the quadratic through φ(0), φ'(0) and φ(λ) when λ &gt; 0.1 and that lies in
 * [0.1, 0.9λ], else λ/2. Where the linear decrease −λφ'(0) is within 10⁻⁶|φ(0)| and f can no longer
 * resolve it, Hager and Zhang's approximate condition φ(λ) &lt;= φ(0) + 10⁻⁶|φ(0)| with
 * φ'(λ) &lt;= (1 − 2γ)|φ'(0)| accepts instead ({@link SufficientDecrease}; BMR have no such rule and stop
 * at the rounding floor). It fails after {@code maxTrials} trials or when λd no longer changes x.
 *
 * @param gamma     the sufficient-decrease constant γ in (0, 1)
 * @param maxTrials trials per search, &gt;= 1
 */
public record Nonmonotone(double gamma, int maxTrials) {

    /** BMR's γ. */
    public static final double DEFAULT_GAMMA = 1e-4;
    private static final double SIGMA1 = 0.1;
    private static final double SIGMA2 = 0.9;

    /** Validates. */
    public Nonmonotone {
        StrongWolfe.requireFraction("gamma", gamma);
        Checks.atLeast("maxTrials", maxTrials, 1);
    }

    /**
     * Searches φ from λ = 1.
     *
     * @param phi       aimed at x and d, φ'(0) &lt; 0. Evaluated (and so counted).
     * @param reference φ_ref &gt;= φ(0), the largest of the last M values
     * @return true when the last evaluated step is accepted
     */
    public boolean search(LineFunction phi, double reference) {
        double f0 = phi.value0();
        double slope0 = phi.slope0();
        double lambda = 1.0;
        for (int trial = 0; trial < maxTrials; trial++) {
            double f = phi.evaluate(lambda);
            if (!phi.moved()) {
                return false;
            }
            if (f - reference <= gamma * lambda * slope0 || SufficientDecrease.approximate(phi, gamma)) {
                return true;
            }
            double next = lambda / 2;
            if (lambda > SIGMA1) {
                double quadratic = Interpolation.quadratic(0, f0, slope0, lambda, f);
                if (quadratic >= SIGMA1 && quadratic <= SIGMA2 * lambda) {
                    next = quadratic;
                }
            }
            lambda = next;
        }
        return false;
    }
}
