package steepest.problems.noisy;

/**
 * The noise of a {@link NoisyObjective}.
 *
 * @param kind       how entries are perturbed
 * @param sigma      the noise level σ &gt;= 0 (spec key {@code sigma}); 0 leaves every draw exact
 * @param degrees    Student's ν &gt; 2 (spec key {@code df}; read by {@code student} only)
 * @param noisyValue whether the value is perturbed too (spec key {@code value}); the gradient always is
 */
public record NoiseConfig(NoiseKind kind, double sigma, double degrees, boolean noisyValue) {

    /** Rejects σ &lt; 0 or not finite, and ν &lt;= 2 for Student noise, naming the key. */
    public NoiseConfig {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma=" + sigma + " must be finite and >= 0");
        }
        if (kind == NoiseKind.STUDENT && !(degrees > 2)) {
            throw new IllegalArgumentException("df=" + degrees + " must be > 2 (Student noise of variance sigma^2)");
        }
    }
}
