package steepest.harness.results;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The columns of {@code targets/ID.csv}, declared once for the writer and every reader: one row per
 * target of COCO's absolute ladder (f − f* &lt;= 10^k for k = 2, 1.8, ..., −8), easiest first, with
 * the cost of the run's first iterate that reached it, both blank when the run never did. Written
 * for every cell whose problem has a known f*. {@code time_s} is the only column that differs
 * between two runs of the same experiment.
 */
public enum TargetColumn {
    /** The target's label, e.g. {@code 1e-0.2} for f − f* &lt;= 10^−0.2. */
    TARGET,
    /** Gradient evaluations spent until the first hit. */
    GEVALS,
    /** The optimizer's own wall time in seconds until the first hit. */
    TIME_S;

    /** The column's name in the header, e.g. {@code gevals}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The header line (no line break). */
    public static String line() {
        return Arrays.stream(values()).map(TargetColumn::header).collect(Collectors.joining(","));
    }
}
