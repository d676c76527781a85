package steepest.harness.experiment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code steepest report} draws for an experiment, from the experiment file's optional
 * {@code report} section. Not part of the experiment's hash: it changes figures, not results.
 * <pre>
 * report:
 *   figures: [convergence, contour, profiles]   # default: every kind the results support
 *   x: [iterations, evaluations, time]          # convergence abscissae (epochs is added for finite sums)
 *   target: 1e-6                                # the relative target of profiles, bars, tables and tests
 *   ladder: coco                                # the targets of aRT and runtime ECDFs: coco or relative
 *   alpha: 0.05                                 # the family-wise level of the tables' significance marks
 * </pre>
 *
 * @param figures the figure kinds to draw; empty for every kind the results support
 * @param xAxes   the abscissae of convergence figures
 * @param target  the summary's relative target, e.g. {@code 1e-6}: f − f* &lt;= 10⁻⁶ (f(x₀) − f*)
 * @param ladder  the ladder of aRT tables and runtime ECDFs
 * @param alpha   the level at which tables mark an optimizer significantly better (after Holm), in (0, 1)
 */
public record ReportSettings(Set<FigureKind> figures, List<Abscissa> xAxes, String target, LadderChoice ladder,
                             double alpha) {

    /** The default level of the tables' significance marks. */
    public static final double DEFAULT_ALPHA = 0.05;

    /**
     * Every kind the results support, against iterations, gradient evaluations and wall time, at
     * 1e-6, COCO's ladder, α = 0.05.
     */
    public static final ReportSettings DEFAULT = new ReportSettings(Set.of(),
            List.of(Abscissa.ITERATIONS, Abscissa.EVALUATIONS, Abscissa.TIME), "1e-6", LadderChoice.COCO, DEFAULT_ALPHA);

    /** The target ladder of aRT tables and runtime ECDFs. */
    public enum LadderChoice {
        /** COCO's 51 absolute targets f − f* &lt;= 10^k, k = 2, 1.8, ..., −8, from each cell's {@code targets/ID.csv}. */
        COCO,
        /** The summary's 5 relative targets f − f* &lt;= τ (f(x₀) − f*), τ = 10⁻¹ ... 10⁻⁸. */
        RELATIVE;

        /** The token, e.g. {@code coco}. */
        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Every token. */
        public static List<String> tokens() {
            return Arrays.stream(values()).map(LadderChoice::token).toList();
        }
    }

    /** Copies the collections; requires a ladder and α in (0, 1), naming the key. */
    public ReportSettings {
        figures = figures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(figures));
        xAxes = List.copyOf(xAxes);
        Objects.requireNonNull(ladder, "ladder");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("report.alpha must be in (0, 1), got " + alpha);
        }
    }

    /**
     * Whether figures of {@code kind} are wanted (always, when none are listed; {@code importance}
     * refits nothing but evaluates every sample per feature, so it is drawn only when listed).
     */
    public boolean wants(FigureKind kind) {
        return figures.isEmpty() || figures.contains(kind);
    }

    /** Whether {@code kind} is listed explicitly. */
    public boolean lists(FigureKind kind) {
        return figures.contains(kind);
    }
}
