package steepest.reports.table;

import java.util.List;
import java.util.Objects;

/**
 * Marks decided outside the table, cell by cell: a table that only claims what the data support
 * marks a cell {@link Mark#BEST} only when it beats every other of its row (or column) significantly,
 * after a correction for the table's many comparisons, and {@link Mark#TIED} the cells that no other
 * beats significantly when none is best (COCO marks its tables so; the tests live in the harness).
 *
 * @param cells one row of marks per table row, one mark per column (copied)
 */
public record Marks(List<List<Mark>> cells) implements Marking {

    /** Copies the marks, refusing null ones. */
    public Marks {
        cells = cells.stream().map(row -> {
            row.forEach(mark -> Objects.requireNonNull(mark, "mark"));
            return List.copyOf(row);
        }).toList();
    }

    /** Requires one mark per cell of a table of {@code rows} × {@code columns}. */
    void requireShape(int rows, int columns) {
        if (cells.size() != rows) {
            throw new IllegalArgumentException("marks for " + cells.size() + " rows of a table with " + rows);
        }
        for (int r = 0; r < rows; r++) {
            if (cells.get(r).size() != columns) {
                throw new IllegalArgumentException("marks row " + r + " has " + cells.get(r).size() + " marks for "
                        + columns + " columns");
            }
        }
    }

    @Override
    public Mark[][] marks(Table table) {
        requireShape(table.rows().size(), table.columns().size());
        return cells.stream().map(row -> row.toArray(Mark[]::new)).toArray(Mark[][]::new);
    }
}
