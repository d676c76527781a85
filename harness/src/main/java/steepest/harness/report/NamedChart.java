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

    /** A file-name-safe version of {@code text}. */
    static String slug(String text) {
        return text.replaceAll("[^A-Za-z0-9.=+-]", "_");
    }
}
