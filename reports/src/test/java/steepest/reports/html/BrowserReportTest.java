package steepest.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import steepest.reports.charts.ConvergenceChart;
import steepest.reports.export.Export;
import steepest.reports.model.Axis;
import steepest.reports.model.ConvergenceFigure;
import steepest.reports.model.QuantileBand;
import steepest.reports.style.Style;

/**
 * Opens the report in a real headless Chromium from disk and reads back what its script recorded.
 * Skipped when {@code /usr/bin/chromium} is missing, unless {@code STEEPEST_REQUIRE_BROWSER=1}
 * (CI), which makes that a failure.
 */
class BrowserReportTest {

    @TempDir
    Path folder;

    @BeforeEach
    void requireBrowser() {
        boolean present = HeadlessBrowser.available();
        if (!present && "1".equals(System.getenv("STEEPEST_REQUIRE_BROWSER"))) {
            fail("STEEPEST_REQUIRE_BROWSER=1 but there is no browser at " + HeadlessBrowser.CHROMIUM + " (apt-get install chromium)");
        }
        assumeTrue(present, "no browser at " + HeadlessBrowser.CHROMIUM
                + "; STEEPEST_REQUIRE_BROWSER=1 turns this skip into a failure");
    }

    private static XYChart chart() {
        double[] x = {0, 1, 2, 3};
        double[] y = {1, 0.1, 0.01, 0.001};
        return ConvergenceChart.render(new ConvergenceFigure("Rosenbrock", Axis.linear("iteration"), Axis.log("f − f*"),
                List.of(new QuantileBand("adam", "Adam", x, y, new double[] {0.5, 0.05, 0.005, 0.0005},
                        new double[] {2, 0.2, 0.02, 0.002}))), Style.screen().withDpi(72));
    }

    @Test
    void everyExportedImageLoadsFromDisk() throws Exception {
        XYChart chart = chart();
        Path figures = folder.resolve("report").resolve("figures");
        Export.png(chart, figures.resolve("convergence.png"), 72);
        Export.svg(chart, figures.resolve("convergence.svg"));
        Export.png(chart, figures.resolve("with space.png"), 144);
        Path page = HtmlReport.write(folder.resolve("report"), HtmlReportTest.report(List.of(
                new ReportFigure("PNG", "figures/convergence.png", List.of("figures/convergence.svg")),
                new ReportFigure("SVG", "figures/convergence.svg", List.of()),
                new ReportFigure("PNG at 144 dpi", "figures/with space.png", List.of()))));
        HeadlessBrowser.Page loaded = HeadlessBrowser.open(page, folder);
        String dom = loaded.dom();
        assertEquals("3/3", loaded.loaded());
        assertFalse(dom.contains("<p class=\"broken-note\">") || dom.contains("class=\"broken\""), "nothing marked broken");
    }

    @Test
    void aMissingImageIsMarkedAndCounted() throws Exception {
        Path figures = folder.resolve("report").resolve("figures");
        Export.png(chart(), figures.resolve("convergence.png"), 72);
        Path page = HtmlReport.write(folder.resolve("report"), HtmlReportTest.report(List.of(
                new ReportFigure("present", "figures/convergence.png", List.of()),
                new ReportFigure("absent", "figures/missing.png", List.of()))));
        HeadlessBrowser.Page loaded = HeadlessBrowser.open(page, folder);
        String dom = loaded.dom();
        assertEquals("1/2", loaded.loaded());
        assertTrue(dom.contains("class=\"broken\""), "the missing image is marked");
        assertTrue(dom.contains("<p class=\"broken-note\">Image not found or unreadable: figures/missing.png</p>"), dom);
    }
}
