package steepest.harness.report;

import org.knowm.xchart.XYChart;

/**
 * A chart with the file name it is exported under and the caption the report shows.
 *
 * @param name    the file name without extension, unique within a report
 * @param caption one sentence saying what the figure shows
 * @param chart   the rendered chart
 */
record NamedChart(String name, String caption, XYChart chart) {

    private static final int SLUG_LIMIT = 60;

    /** A file-name-safe version of {@code text}, cut with a stable hash when long (file names have limits). */
    static String slug(String text) {
        String slug = text.replaceAll("[^A-Za-z0-9.=+-]", "_");
        if (slug.length() <= SLUG_LIMIT) {
            return slug;
        }
        return slug.substring(0, SLUG_LIMIT) + "-" + String.format("%08x", text.hashCode());
    }
}
