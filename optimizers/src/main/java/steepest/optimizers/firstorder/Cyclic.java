package steepest.optimizers.firstorder;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import steepest.optimizers.Checks;

/**
 * Cyclical learning rates, torch's {@code CyclicLR}: the rate rises linearly from base_lr to max_lr
 * over step_size_up updates and falls back over step_size_down, with amplitude scaled per cycle
 * (triangular: 1; triangular2: halved every cycle) or per update (exp_range: γ^k). With
 * S = up + down, r = up / S:
 * <pre>
 *   c = ⌊1 + k/S⌋,  q = 1 + k/S − c,  h = q / r (q &lt;= r)  or  (q − 1)/(r − 1)
 *   η_k = base_lr + (max_lr − base_lr)·h·s,   s = 1, 1/2^(c−1) or γ^k
 *   m_k = max_momentum − (max_momentum − base_momentum)·h·s       (cycle_momentum)
 * </pre>
 * The rule's lr is replaced by base_lr, as torch overwrites it. torch 1.13 cycles only an
 * optimizer's {@code momentum} (SGD, RMSprop), not Adam's β1, and refuses other optimizers unless
 * cycle_momentum is false: so does this schedule. Reference: Smith, "Cyclical learning rates for
 * training neural networks", WACV 2017, §3.1.
 *
 * @param baseLr        base_lr &gt; 0 ({@code base_lr}; by default the rule's lr)
 * @param maxLr         max_lr &gt;= base_lr ({@code max_lr})
 * @param stepSizeUp    &gt;= 1 ({@code step_size_up})
 * @param stepSizeDown  &gt;= 1 ({@code step_size_down}; by default step_size_up)
 * @param mode          the amplitude scaling ({@code mode})
 * @param gamma         γ in (0, 1] for exp_range ({@code gamma})
 * @param cycleMomentum cycle the rule's momentum inversely ({@code cycle_momentum})
 * @param baseMomentum  in [0, 1) ({@code base_momentum})
 * @param maxMomentum   in [0, 1) ({@code max_momentum})
 */
public record Cyclic(double baseLr, double maxLr, long stepSizeUp, long stepSizeDown, Mode mode, double gamma,
                     boolean cycleMomentum, double baseMomentum, double maxMomentum) implements Schedule.ClosedForm {

    /** torch's default step_size_up. */
    public static final long DEFAULT_STEP_SIZE_UP = 2000;
    /** torch's default base_momentum. */
    public static final double DEFAULT_BASE_MOMENTUM = 0.8;
    /** torch's default max_momentum. */
    public static final double DEFAULT_MAX_MOMENTUM = 0.9;
    /** torch's default γ. */
    public static final double DEFAULT_GAMMA = 1;

    /** How the amplitude shrinks. */
    public enum Mode {
        /** Constant amplitude. */
        TRIANGULAR,
        /** Halved every cycle. */
        TRIANGULAR2,
        /** Scaled by γ^k. */
        EXP_RANGE
    }

    /** Validates, naming the spec keys. */
    public Cyclic {
        Checks.positive("base_lr", baseLr);
        Checks.finite("base_lr", baseLr);
        Checks.finite("max_lr", maxLr);
        if (!(maxLr >= baseLr)) {
            throw new IllegalArgumentException("max_lr must be >= base_lr, got max_lr=" + maxLr + " below base_lr="
                    + baseLr);
        }
        Checks.atLeast("step_size_up", stepSizeUp, 1);
        Checks.atLeast("step_size_down", stepSizeDown, 1);
        Objects.requireNonNull(mode, "mode");
        Checks.inClosed("gamma", gamma, Double.MIN_VALUE, 1);
        Checks.inHalfOpen("base_momentum", baseMomentum, 0, 1);
        Checks.inHalfOpen("max_momentum", maxMomentum, 0, 1);
    }

    @Override
    public Set<UpdateRule.CycledMomentum> cycles() {
        return cycleMomentum ? EnumSet.of(UpdateRule.CycledMomentum.MOMENTUM) : Set.of();
    }

    @Override
    public double learningRate(double base, long k) {
        return baseLr + (maxLr - baseLr) * height(k) * scale(k);
    }

    @Override
    public double momentum(long k) {
        return cycleMomentum ? maxMomentum - (maxMomentum - baseMomentum) * height(k) * scale(k) : Double.NaN;
    }

    /** h, the position in the current cycle's triangle, in torch's operation order. */
    private double height(long k) {
        double total = (double) stepSizeUp + stepSizeDown;
        double ratio = stepSizeUp / total;
        double q = 1.0 + k / total - cycle(k);
        return q <= ratio ? q / ratio : (q - 1) / (ratio - 1);
    }

    /** c = ⌊1 + k/S⌋, the 1-based cycle of update k. */
    private double cycle(long k) {
        return Math.floor(1 + k / ((double) stepSizeUp + stepSizeDown));
    }

    /** s, the amplitude's scale at update k. */
    private double scale(long k) {
        return switch (mode) {
            case TRIANGULAR -> 1;
            case TRIANGULAR2 -> 1 / Math.pow(2, cycle(k) - 1);
            case EXP_RANGE -> Math.pow(gamma, (double) k);
        };
    }
}
