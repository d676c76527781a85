package steepest.reports.html;

import java.util.List;
import java.util.Objects;
import steepest.reports.table.Table;

/**
 * What the report page shows.
 *
 * @param title        the page's title
 * @param figures      the figures, in order
 * @param tables       the tables, in order
 * @param manifest     the manifest as key-value lines (may be empty)
 * @param manifestText the manifest as a text blob, e.g. its JSON, shown preformatted (may be empty)
 */
public record Report(String title, List<ReportFigure> figures, List<Table> tables, List<ManifestEntry> manifest,
                     String manifestText) {

    /** Requires every part; copies the lists. */
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(manifestText, "manifestText");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        manifest = List.copyOf(manifest);
    }
}
