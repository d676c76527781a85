package steepest.optimizers.firstorder;

/**
 * sign(v) ∈ {−1, 0, 1} (NaN for NaN) without a branch, so that loops using it stay vectorizable
 * (JDK 17's compiler vectorizes neither {@code Math.signum} nor a conditional select): v·2^600·2^600
 * is ±∞, or at least 2^126 in magnitude, for every nonzero double (the smallest is 2^−1074), and
 * clamping it to [−1, 1] leaves exactly ±1; zero stays zero and NaN propagates through min and max.
 */
final class Sign {

    private static final double HALF_SCALE = 0x1p600;

    private Sign() {
    }

    /** The sign of v, −1, 0 (for ±0) or 1; NaN for NaN. */
    static double of(double v) {
        return Math.max(-1.0, Math.min(1.0, v * HALF_SCALE * HALF_SCALE));
    }
}
