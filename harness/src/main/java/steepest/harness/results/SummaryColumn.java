package steepest.harness.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of {@code summary.csv} (and of each {@code cells/ID.csv} row), declared once for the
 * writer and every reader. The header is these names in this order, with the target ladder's
 * columns ({@code gevals_to_1e-6,time_to_1e-6} per target) between {@link #TIME_S} and
 * {@link #ERROR}. {@code time_s} and {@code time_to_*} are the only columns that differ between two
 * runs of the same experiment.
 */
public enum SummaryColumn {
    /** The cell's identifier, also its file name under traces/ and cells/. */
    CELL,
    /** The canonical problem spec. */
    PROBLEM,
    /** The canonical optimizer spec. */
    OPTIMIZER,
    /** The replicate seed. */
    SEED,
    /** The seed of the cell's random stream ({@code trace --seed} replays it). */
    RNG_SEED,
    /** The problem's dimension (0 if it could not be built). */
    DIMENSION,
    /** {@link Status#token()}. */
    STATUS,
    /** The termination reason's token, blank for a failed or unsupported cell. */
    TERMINATION,
    /** Iterations made. */
    ITERATIONS,
    /** f at the last recorded iterate. */
    F,
    /** The problem's f*, blank when unknown. */
    F_STAR,
    /** f − f*. */
    GAP_TO_OPT,
    /** ‖∇f‖₂ at the last recorded iterate. */
    GRAD_NORM,
    /** The method's certificate (the Frank-Wolfe gap). */
    FW_GAP,
    /** Function evaluations. */
    FEVALS,
    /** Gradient evaluations. */
    GEVALS,
    /** Hessian- and Fisher-vector products. */
    HVEVALS,
    /** Dense Hessians. */
    HEVALS,
    /** Per-sample gradients. */
    SAMPLE_GRADS,
    /** Passes over the data. */
    EPOCHS,
    /** The optimizer's own wall time in seconds. */
    TIME_S,
    /** The error message of a failed cell, or the reason of an unsupported one. */
    ERROR;

    /** The column's name in the header, e.g. {@code gap_to_opt}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column of the gradient evaluations to reach the target labelled {@code target}. */
    public static String gradientsTo(String target) {
        return "gevals_to_" + target;
    }

    /** The column of the seconds to reach the target labelled {@code target}. */
    public static String secondsTo(String target) {
        return "time_to_" + target;
    }

    /** The header's column names for a ladder of {@code targets} labels. */
    public static List<String> names(List<String> targets) {
        List<String> names = new ArrayList<>();
        for (SummaryColumn column : values()) {
            if (column == ERROR) {
                for (String target : targets) {
                    names.add(gradientsTo(target));
                    names.add(secondsTo(target));
                }
            }
            names.add(column.header());
        }
        return names;
    }

    /** The header line (no line break) for a ladder of {@code targets} labels. */
    public static String line(List<String> targets) {
        return String.join(",", names(targets));
    }
}
