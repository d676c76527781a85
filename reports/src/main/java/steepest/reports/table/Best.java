package steepest.reports.table;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Which cells of a table are marked best by their values: none, the best of each row (compared
 * across columns, e.g. rows = problems, columns = optimizers), or the best of each column (e.g. rows
 * = optimizers, columns = metrics, each with its own direction). Cells compare by
 * {@link Cell#score()}; cells without a score (censored, text, failures) are never best; ties are
 * all best. The rule knows nothing of significance: see {@link Marks} for marks decided by tests.
 *
 * @param scope      what is compared
 * @param directions one direction for every row or column, or (per column) one per column
 */
public record Best(Scope scope, List<Direction> directions) implements Marking {

    /** What is compared. */
    public enum Scope {
        /** Nothing is marked. */
        NONE,
        /** The best cell of each row. */
        ROW,
        /** The best cell of each column. */
        COLUMN
    }

    /** Which way is better. */
    public enum Direction {
        /** Smaller is better (gaps, costs). */
        LOWER,
        /** Larger is better (success rates). */
        HIGHER
    }

    /** Requires a direction unless nothing is marked; copies the list. */
    public Best {
        Objects.requireNonNull(scope, "scope");
        directions = List.copyOf(directions);
        if (scope != Scope.NONE && directions.isEmpty()) {
            throw new IllegalArgumentException("best per " + scope + " needs a direction");
        }
        if (scope == Scope.ROW && directions.size() != 1) {
            throw new IllegalArgumentException("best per row takes one direction, got " + directions.size());
        }
    }

    /** Nothing marked. */
    public static Best none() {
        return new Best(Scope.NONE, List.of());
    }

    /** The best cell of each row. */
    public static Best perRow(Direction direction) {
        return new Best(Scope.ROW, List.of(direction));
    }

    /** The best cell of each column: one direction for all, or one per column. */
    public static Best perColumn(Direction... directions) {
        return new Best(Scope.COLUMN, List.of(directions));
    }

    /** The direction of row or column {@code index}. */
    Direction direction(int index) {
        return directions.size() == 1 ? directions.get(0) : directions.get(index);
    }

    @Override
    public Mark[][] marks(Table table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        Mark[][] marked = new Mark[rows][columns];
        for (Mark[] row : marked) {
            Arrays.fill(row, Mark.NONE);
        }
        switch (scope) {
            case NONE -> {
            }
            case ROW -> {
                for (int r = 0; r < rows; r++) {
                    int row = r;
                    mark(columns, c -> table.cell(row, c), direction(0), c -> marked[row][c] = Mark.BEST);
                }
            }
            case COLUMN -> {
                for (int c = 0; c < columns; c++) {
                    int column = c;
                    mark(rows, r -> table.cell(r, column), direction(c), r -> marked[r][column] = Mark.BEST);
                }
            }
        }
        return marked;
    }

    private static void mark(int count, IntFunction<Cell> cells, Direction direction, IntConsumer marker) {
        double best = Double.NaN;
        for (int i = 0; i < count; i++) {
            double score = cells.apply(i).score();
            if (!Double.isNaN(score) && (Double.isNaN(best) || (direction == Direction.LOWER ? score < best : score > best))) {
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
