package steepest.reports.table;

import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link Table}.
 *
 * @param label the row's label (first column)
 * @param cells one cell per column
 */
public record Row(String label, List<Cell> cells) {

    /** Requires a label; copies the cells. */
    public Row {
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
    }
}
