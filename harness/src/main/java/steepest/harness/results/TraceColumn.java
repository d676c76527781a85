package steepest.harness.results;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The leading columns of {@code traces/ID.csv}, declared once for the writer and every reader; any
 * extras a run records (test metrics, layer gradient norms, iterates {@code x0..}) follow them.
 * {@code time_s} is the only column that differs between two runs of the same experiment.
 */
public enum TraceColumn {
    /** The iteration k. */
    ITER,
    /** f(x_k) of the full objective, observed and not counted. */
    F,
    /** ‖∇f(x_k)‖₂, observed and not counted. */
    GRAD_NORM,
    /** The method's certificate at x_k (the Frank-Wolfe gap), or NaN. */
    GAP,
    /** Cumulative function evaluations. */
    FEVALS,
    /** Cumulative gradient evaluations. */
    GEVALS,
    /** Cumulative Hessian- and Fisher-vector products. */
    HVEVALS,
    /** Cumulative dense Hessians. */
    HEVALS,
    /** Cumulative per-sample gradients. */
    SAMPLE_GRADS,
    /** Passes over the data. */
    EPOCHS,
    /** The optimizer's own wall time in seconds. */
    TIME_S;

    /** The column's name in the header, e.g. {@code grad_norm}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names of these columns, in order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(TraceColumn::header).toList();
    }

    /** The header line of these columns (no line break). */
    public static String line() {
        return String.join(",", names());
    }
}
