package steepest.reports.table;

/** How a cell is marked: bold for best, italic for tied for best. */
public enum Mark {
    /** Not marked. */
    NONE,
    /** The best: bold. */
    BEST,
    /** Tied for best, not told apart from the others tied: italic. */
    TIED
}
