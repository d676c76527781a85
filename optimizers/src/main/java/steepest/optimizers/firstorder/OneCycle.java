package steepest.optimizers.firstorder;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import steepest.optimizers.Checks;

/**
 * The one-cycle policy, torch's {@code OneCycleLR}: the rate climbs from η_0 = max_lr / div_factor
 * to max_lr over the first pct_start·T updates and anneals to η_0 / final_div_factor by update T
 * (with three_phase, back down to η_0 symmetrically first, then to the minimum); momentum moves the
 * opposite way between max_momentum and base_momentum. The rule's own lr is ignored, as in torch.
 * Phases end at update indices
 * <pre>
 *   two phases:   pT − 1 (η_0 → max_lr, m: max → base),  T − 1 (max_lr → η_min, m: base → max)
 *   three phases: pT − 1, 2pT − 2 (max_lr → η_0, m: base → max),  T − 1 (η_0 → η_min, m: max)
 * </pre>
 * and within a phase [a, b] update k uses anneal(start, end, (k − a) / (b − a)), cosine
 * end + (start − end)(1 + cos πq)/2 or linear start + (end − start)q. Reference: Smith and Topin,
 * "Super-convergence: very fast training of neural networks using large learning rates", 2017
 * (torch's phase boundaries). torch allows T + 1 updates and raises on the next; so does this
 * schedule, naming total_steps.
 *
 * @param maxLr          max_lr &gt; 0 ({@code max_lr})
 * @param totalSteps     T &gt;= 1 ({@code total_steps})
 * @param pctStart       p in [0, 1] ({@code pct_start}); no phase may have zero length
 * @param cosine         cosine annealing, else linear ({@code anneal_strategy=cos|linear})
 * @param divFactor      &gt; 0 ({@code div_factor})
 * @param finalDivFactor &gt; 0 ({@code final_div_factor})
 * @param threePhase     ({@code three_phase})
 * @param cycleMomentum  cycle SGD's momentum or Adam's β1 ({@code cycle_momentum})
 * @param baseMomentum   in [0, 1) ({@code base_momentum})
 * @param maxMomentum    in [0, 1) ({@code max_momentum})
 */
public record OneCycle(double maxLr, long totalSteps, double pctStart, boolean cosine, double divFactor,
                       double finalDivFactor, boolean threePhase, boolean cycleMomentum, double baseMomentum,
                       double maxMomentum) implements Schedule.ClosedForm {

    /** torch's default p. */
    public static final double DEFAULT_PCT_START = 0.3;
    /** torch's default div_factor. */
    public static final double DEFAULT_DIV_FACTOR = 25;
    /** torch's default final_div_factor. */
    public static final double DEFAULT_FINAL_DIV_FACTOR = 1e4;
    /** torch's default base_momentum. */
    public static final double DEFAULT_BASE_MOMENTUM = 0.85;
    /** torch's default max_momentum. */
    public static final double DEFAULT_MAX_MOMENTUM = 0.95;

    /** Validates, naming the spec keys. */
    public OneCycle {
        Checks.positive("max_lr", maxLr);
        Checks.finite("max_lr", maxLr);
        Checks.atLeast("total_steps", totalSteps, 1);
        Checks.inClosed("pct_start", pctStart, 0, 1);
        Checks.positive("div_factor", divFactor);
        Checks.finite("div_factor", divFactor);
        Checks.positive("final_div_factor", finalDivFactor);
        Checks.finite("final_div_factor", finalDivFactor);
        Checks.inHalfOpen("base_momentum", baseMomentum, 0, 1);
        Checks.inHalfOpen("max_momentum", maxMomentum, 0, 1);
        double first = pctStart * totalSteps - 1;
        double second = 2 * pctStart * totalSteps - 2;
        double last = totalSteps - 1;
        if (first == 0 || (threePhase ? second == first || last == second : last == first)) {
            throw new IllegalArgumentException("pct_start=" + pctStart + " with total_steps=" + totalSteps
                    + " makes a phase of zero length (torch divides by zero there)");
        }
    }

    @Override
    public OptionalLong updateLimit() {
        return OptionalLong.of(totalSteps + 1);
    }

    @Override
    public Set<UpdateRule.CycledMomentum> cycles() {
        return cycleMomentum ? EnumSet.of(UpdateRule.CycledMomentum.MOMENTUM, UpdateRule.CycledMomentum.BETA1)
                : Set.of();
    }

    @Override
    public double learningRate(double base, long k) {
        double initial = maxLr / divFactor;
        double minimum = initial / finalDivFactor;
        return threePhase ? phases(k, initial, maxLr, initial, minimum) : phases(k, initial, maxLr, minimum, minimum);
    }

    @Override
    public double momentum(long k) {
        if (!cycleMomentum) {
            return Double.NaN;
        }
        return phases(k, maxMomentum, baseMomentum, maxMomentum, maxMomentum);
    }

    /**
     * The value at update k of the piecewise annealing through v0 → v1 → v2 (two phases, v3 unused)
     * or v0 → v1 → v2 → v3 (three phases).
     */
    private double phases(long k, double v0, double v1, double v2, double v3) {
        if (k > totalSteps) {
            throw new IllegalStateException("onecycle: update " + (k + 1) + " is past total_steps=" + totalSteps
                    + " (torch raises here too); set total_steps to at least the iteration budget");
        }
        double end1 = pctStart * totalSteps - 1;
        if (k <= end1) {
            return anneal(v0, v1, k / end1);
        }
        if (!threePhase) {
            return anneal(v1, v2, (k - end1) / (totalSteps - 1 - end1));
        }
        double end2 = 2 * pctStart * totalSteps - 2;
        if (k <= end2) {
            return anneal(v1, v2, (k - end1) / (end2 - end1));
        }
        return anneal(v2, v3, (k - end2) / (totalSteps - 1 - end2));
    }

    private double anneal(double start, double end, double q) {
        return cosine ? end + (start - end) / 2.0 * (Math.cos(Math.PI * q) + 1) : (end - start) * q + start;
    }
}
