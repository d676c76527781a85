package steepest.reports.table;

import java.util.List;
import java.util.Objects;

/**
 * A table of results: labelled rows of typed cells under labelled columns, with cells marked best
 * (or tied for best) by a {@link Marking}: a {@link Best} rule over the values, or {@link Marks}
 * decided by significance tests. Rendered by {@link MarkdownTables}, {@link LatexTables},
 * {@link CsvTables} and {@link HtmlTables}.
 *
 * @param caption      what the table shows (may be empty)
 * @param rowHeader    the title of the row labels' column (e.g. {@code problem})
 * @param columnHeader what the columns are (e.g. {@code optimizer}); names a CSV column
 * @param columns      the column labels
 * @param rows         the rows, each with one cell per column
 * @param best         which cells are marked best
 */
public record Table(String caption, String rowHeader, String columnHeader, List<String> columns, List<Row> rows,
                    Marking best) {

    /**
     * Requires every part, one cell per column in each row, one direction per column when given per
     * column, and one mark per cell when marks are given.
     */
    public Table {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(rowHeader, "rowHeader");
        Objects.requireNonNull(columnHeader, "columnHeader");
        Objects.requireNonNull(best, "best");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row '" + row.label() + "' has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
        if (best instanceof Best rule && rule.scope() == Best.Scope.COLUMN && rule.directions().size() != 1
                && rule.directions().size() != columns.size()) {
            throw new IllegalArgumentException("best per column has " + rule.directions().size() + " directions for "
                    + columns.size() + " columns");
        }
        if (best instanceof Marks given) {
            given.requireShape(rows.size(), columns.size());
        }
    }

    /** The cell at row {@code row}, column {@code column}. */
    public Cell cell(int row, int column) {
        return rows.get(row).cells().get(column);
    }

    /** The marks of the cells, {@code [row][column]}. */
    public Mark[][] marks() {
        return best.marks(this);
    }
}
