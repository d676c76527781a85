package steepest.harness.experiment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code steepest report} draws for an experiment, from the experiment file's optional
 * {@code report} section. Not part of the experiment's hash: it changes figures, not results.
 * <pre>
 * report:
 *   figures: [convergence, contour, profiles]   # default: every kind the results support
 *   x: [iterations, evaluations, time]          # convergence abscissae (epochs is added for finite sums)
 *   target: 1e-6                                # the ladder target of profiles, bars and tables
 * </pre>
 *
 * @param figures the figure kinds to draw; empty for every kind the results support
 * @param xAxes   the abscissae of convergence figures
 * @param target  the ladder target, e.g. {@code 1e-6}
 */
public record ReportSettings(Set<FigureKind> figures, List<Abscissa> xAxes, String target) {

    /** Every kind the results support, against iterations, gradient evaluations and wall time, at 1e-6. */
    public static final ReportSettings DEFAULT = new ReportSettings(Set.of(),
            List.of(Abscissa.ITERATIONS, Abscissa.EVALUATIONS, Abscissa.TIME), "1e-6");

    /** Copies the collections. */
    public ReportSettings {
        figures = figures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(figures));
        xAxes = List.copyOf(xAxes);
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
