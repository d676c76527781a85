package steepest.harness.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The target ladder every cell is measured against: target τ is reached at the first iterate with
 * f(x) − f* &lt;= τ·(f(x₀) − f*), the convergence test of Moré and Wild, "Benchmarking
 * derivative-free optimization algorithms", SIAM J. Optim. 20(1), 2009, for τ in 1e-1, 1e-2, 1e-4,
 * 1e-6 and 1e-8. Labels such as {@code 1e-6} name the targets in summaries, tunings and reports.
 */
public final class Targets {

    private static final double[] REDUCTIONS = {1e-1, 1e-2, 1e-4, 1e-6, 1e-8};
    /** Formatted once: every cell's summary row names them. */
    private static final List<String> LABELS = Arrays.stream(REDUCTIONS).mapToObj(Targets::label).toList();

    private Targets() {
    }

    /** The relative reductions τ, largest first. */
    public static double[] reductions() {
        return REDUCTIONS.clone();
    }

    /** The targets' labels in ladder order, e.g. {@code 1e-6}. */
    public static List<String> labels() {
        return LABELS;
    }

    /** The label of τ: {@code 1e-6}. */
    public static String label(double reduction) {
        return String.format(Locale.ROOT, "%.0e", reduction).replace("e-0", "e-");
    }
}
