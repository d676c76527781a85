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

    /** The longest slug; with a figure kind's prefix and suffix and an extension, far below 255 bytes. */
    private static final int SLUG_LIMIT = 120;
    /** A long slug keeps this many leading and trailing characters around the hash. */
    private static final int HEAD = 70;
    private static final int TAIL = 40;

    /**
     * A file-name-safe version of {@code text} (file names have limits): when long, its beginning and
     * its end around a stable hash of the whole, so that what tells labels apart stays readable
     * wherever it is, e.g. the sigma of {@code noisy:problem=(logreg:dataset=...,lambda=...),sigma=...}
     * after its nested spec.
     */
    static String slug(String text) {
        String slug = text.replaceAll("[^A-Za-z0-9.=+-]", "_");
        if (slug.length() <= SLUG_LIMIT) {
            return slug;
        }
        return slug.substring(0, HEAD) + "-" + String.format("%08x", text.hashCode()) + "-"
                + slug.substring(slug.length() - TAIL);
    }
}
