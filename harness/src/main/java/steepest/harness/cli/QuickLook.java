package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import steepest.harness.catalog.Catalogs;
import steepest.harness.report.ReportWriter;

/**
 * The report {@code run} and {@code merge} draw when they end, up to {@value #CELL_LIMIT} cells. A
 * larger grid is left to {@code steepest report}: drawing reads every trace, which for 10⁵ cheap
 * cells takes longer than running them and memory in proportion to the cells.
 */
final class QuickLook {

    /** The most cells whose report {@code run} and {@code merge} draw themselves. */
    static final int CELL_LIMIT = 10_000;

    private QuickLook() {
    }

    /** Draws the report of {@code folder}, an experiment of {@code cells} cells, if it is small enough. */
    static List<Path> draw(Path folder, int cells, Catalogs catalogs) throws IOException {
        return cells <= CELL_LIMIT ? ReportWriter.quickLook(folder, catalogs) : List.of();
    }

    /** Prints the figures and page drawn, or the command that draws them for a large grid. */
    static void printPaths(PrintWriter console, Path folder, int cells, List<Path> written) {
        if (cells <= CELL_LIMIT) {
            ReportWriter.printPaths(console, written);
        } else {
            console.println("report:  not drawn for " + cells + " cells (more than " + CELL_LIMIT + "); draw it with: steepest report "
                    + folder);
        }
    }
}
