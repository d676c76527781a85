package steepest.reports.table;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A table of results: labelled rows of typed cells under labelled columns, with the best cells
 * marked by a {@link Best} rule. Rendered by {@link MarkdownTables}, {@link LatexTables},
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
                    Best best) {

    /** Requires every part, one cell per column in each row, one direction per column when given per column. */
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
        if (best.scope() == Best.Scope.COLUMN && best.directions().size() != 1
                && best.directions().size() != columns.size()) {
            throw new IllegalArgumentException("best per column has " + best.directions().size() + " directions for "
                    + columns.size() + " columns");
        }
    }

    /** The cell at row {@code row}, column {@code column}. */
    public Cell cell(int row, int column) {
        return rows.get(row).cells().get(column);
    }

    /** Which cells are best: {@code [row][column]}. */
    public boolean[][] bestCells() {
        boolean[][] marked = new boolean[rows.size()][columns.size()];
        switch (best.scope()) {
            case NONE -> {
            }
            case ROW -> {
                for (int r = 0; r < rows.size(); r++) {
                    int row = r;
                    mark(columns.size(), c -> cell(row, c), best.direction(0), c -> marked[row][c] = true);
                }
            }
            case COLUMN -> {
                for (int c = 0; c < columns.size(); c++) {
                    int column = c;
                    mark(rows.size(), r -> cell(r, column), best.direction(c), r -> marked[r][column] = true);
                }
            }
        }
        return marked;
    }

    private static void mark(int count, IntFunction<Cell> cells, Best.Direction direction,
                             IntConsumer marker) {
        double best = Double.NaN;
        for (int i = 0; i < count; i++) {
            double score = cells.apply(i).score();
            if (!Double.isNaN(score) && (Double.isNaN(best)
                    || (direction == Best.Direction.LOWER ? score < best : score > best))) {
                best = score;
            }
        }
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(best) && cells.apply(i).score() == best) {
                marker.accept(i);
            }
        }
    }
}
