package steepest.harness.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A ladder of targets for the gap f(x) − f*, easiest first. Target i is reached at the first iterate
 * with
 * <ul>
 *   <li>{@link Kind#ABSOLUTE}: f(x) − f* &lt;= level_i, COCO's fixed targets (Hansen, Auger, Brockhoff
 *       and Tušar, "Anytime performance assessment in blackbox optimization benchmarking", IEEE Trans.
 *       Evol. Comput. 26(6), 2022: 51 targets 10^k for k = 2, 1.8, ..., −8, {@link #coco()});</li>
 *   <li>{@link Kind#RELATIVE}: f(x) − f* &lt;= level_i · (f(x₀) − f*), the convergence test of Moré
 *       and Wild, "Benchmarking derivative-free optimization algorithms", SIAM J. Optim. 20(1), 2009
 *       (the suite's five reductions 10⁻¹, 10⁻², 10⁻⁴, 10⁻⁶, 10⁻⁸, {@link #relative()}).</li>
 * </ul>
 *
 * @param kind   absolute or relative levels
 * @param levels positive, finite and strictly decreasing (a copy is kept)
 */
public record Ladder(Kind kind, double[] levels) {

    /** How a level becomes a bound on f(x) − f*. */
    public enum Kind {
        /** The level is the bound. */
        ABSOLUTE,
        /** The level times the initial gap f(x₀) − f* is the bound. */
        RELATIVE
    }

    /** COCO's ladder: 10^k for k from 2 down to −8 in steps of 0.2. */
    private static final int COCO_HIGHEST_TENTHS = 20;
    private static final int COCO_LOWEST_TENTHS = -80;
    private static final int COCO_STEP_TENTHS = 2;
    /** The suite's relative reductions. */
    private static final double[] MORE_WILD = {1e-1, 1e-2, 1e-4, 1e-6, 1e-8};
    /** Exponents within this distance of a tenth are written as that tenth. */
    private static final double EXPONENT_TOLERANCE = 1e-9;

    /** Requires a kind and levels that are positive, finite and strictly decreasing, naming the offender. */
    public Ladder {
        Objects.requireNonNull(kind, "kind");
        if (levels.length == 0) {
            throw new IllegalArgumentException("targets: a ladder needs at least one level");
        }
        for (int i = 0; i < levels.length; i++) {
            if (!(levels[i] > 0) || !Double.isFinite(levels[i])) {
                throw new IllegalArgumentException("targets: level " + i + " must be positive and finite, got " + levels[i]);
            }
            if (i > 0 && !(levels[i] < levels[i - 1])) {
                throw new IllegalArgumentException("targets: levels must decrease (easiest first), got " + levels[i - 1]
                        + " then " + levels[i]);
            }
        }
        levels = levels.clone();
    }

    /** COCO's 51 absolute targets 10^k, k = 2, 1.8, ..., −8. */
    public static Ladder coco() {
        List<Double> levels = new ArrayList<>();
        for (int tenths = COCO_HIGHEST_TENTHS; tenths >= COCO_LOWEST_TENTHS; tenths -= COCO_STEP_TENTHS) {
            levels.add(Math.pow(10, tenths / 10.0));
        }
        return new Ladder(Kind.ABSOLUTE, levels.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The suite's five relative reductions of the initial gap: 10⁻¹, 10⁻², 10⁻⁴, 10⁻⁶, 10⁻⁸. */
    public static Ladder relative() {
        return new Ladder(Kind.RELATIVE, MORE_WILD);
    }

    /** Absolute targets f − f* &lt;= level. */
    public static Ladder absolute(double... levels) {
        return new Ladder(Kind.ABSOLUTE, levels);
    }

    /** Relative targets f − f* &lt;= level · (f(x₀) − f*). */
    public static Ladder relative(double... levels) {
        return new Ladder(Kind.RELATIVE, levels);
    }

    /** The ladder called {@code name}: {@code coco} or {@code relative}. */
    public static Ladder named(String name) {
        return switch (name) {
            case "coco" -> coco();
            case "relative" -> relative();
            default -> throw new IllegalArgumentException("targets: unknown ladder '" + name + "'; known: coco, relative");
        };
    }

    /** The levels (a copy). */
    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** The number of targets. */
    public int size() {
        return levels.length;
    }

    /**
     * The bounds on f(x) − f* of the targets, non-increasing. A relative ladder whose start is already
     * optimal (f(x₀) − f* &lt;= 0) has every bound 0, so every target counts as reached at the start.
     * With f* unknown (NaN) every bound is NaN and no target is ever reached.
     */
    public double[] bounds(double optimalValue, double initialValue) {
        double scale = kind == Kind.ABSOLUTE ? 1 : Math.max(initialValue - optimalValue, 0);
        double[] bounds = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            bounds[i] = Double.isNaN(optimalValue) || Double.isNaN(scale) ? Double.NaN : levels[i] * scale;
        }
        return bounds;
    }

    /**
     * The label of target {@code i}: {@code 1e-6} or {@code 1e-0.2} for a power of ten with an exponent
     * in tenths, else the level in plain decimal ({@code 0.005}, {@code 5e-7}).
     */
    public String label(int i) {
        double level = levels[i];
        double exponent = Math.log10(level);
        double tenths = Math.round(exponent * 10) / 10.0;
        if (Math.abs(exponent - tenths) < EXPONENT_TOLERANCE) {
            long whole = Math.round(tenths);
            return whole == tenths ? "1e" + whole : String.format(Locale.ROOT, "1e%.1f", tenths);
        }
        return BigDecimal.valueOf(level).stripTrailingZeros().toString().toLowerCase(Locale.ROOT).replace("e+", "e");
    }

    /** Every target's label, easiest first. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(levels.length);
        for (int i = 0; i < levels.length; i++) {
            labels.add(label(i));
        }
        return labels;
    }
}
