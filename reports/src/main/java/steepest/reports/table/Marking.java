package steepest.reports.table;

/**
 * Which cells of a {@link Table} are marked: by a rule over the cells' values ({@link Best}), or
 * cell by cell as significance tests decided ({@link Marks}).
 */
public sealed interface Marking permits Best, Marks {

    /** The marks of {@code table}'s cells, {@code [row][column]}. */
    Mark[][] marks(Table table);
}
