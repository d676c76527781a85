package steepest.reports.table;

import java.util.List;
import java.util.Objects;

/**
 * Which cells of a table are marked best: none, the best of each row (compared across columns,
 * e.g. rows = problems, columns = optimizers), or the best of each column (e.g. rows =
 * optimizers, columns = metrics, each with its own direction). Cells compare by
 * {@link Cell#score()}; cells without a score (censored, text) are never best; ties are all best.
 *
 * @param scope      what is compared
 * @param directions one direction for every row or column, or (per column) one per column
 */
public record Best(Scope scope, List<Direction> directions) {

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
}
