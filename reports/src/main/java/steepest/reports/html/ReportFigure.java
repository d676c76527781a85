package steepest.reports.html;

import java.util.List;
import java.util.Objects;

/**
 * A figure on the report page: an image file already exported, and links to its other formats.
 *
 * @param caption   what the figure shows
 * @param image     the image shown (PNG or SVG), relative to the report's folder, '/'-separated
 * @param downloads other files of the same figure (SVG, PDF), relative likewise
 */
public record ReportFigure(String caption, String image, List<String> downloads) {

    /** Requires relative paths; copies the list. */
    public ReportFigure {
        Objects.requireNonNull(caption, "caption");
        RelativePaths.check(image);
        downloads = List.copyOf(downloads);
        downloads.forEach(RelativePaths::check);
    }
}
