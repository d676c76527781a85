package steepest.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    @BeforeEach
    void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "1".equals(System.getenv("STEEPEST_REQUIRE_BROWSER"))) {
            fail("STEEPEST_REQUIRE_BROWSER=1 but there is no browser at " + CHROMIUM + " (apt-get install chromium)");
        }
        assumeTrue(present, "no browser at " + CHROMIUM + "; STEEPEST_REQUIRE_BROWSER=1 turns this skip into a failure");
    }

    private static XYChart chart() {
        double[] x = {0, 1, 2, 3};
        double[] y = {1, 0.1, 0.01, 0.001};
        return ConvergenceChart.render(new ConvergenceFigure("Rosenbrock", Axis.linear("iteration"), Axis.log("f − f*"),
                List.of(new QuantileBand("adam", "Adam", x, y, new double[] {0.5, 0.05, 0.005, 0.0005},
                        new double[] {2, 0.2, 0.02, 0.002}))), Style.screen().withDpi(72));
    }

    /** The DOM after load, as Chromium serializes it. */
    private String domOf(Path page) throws IOException, InterruptedException {
        Path profile = Files.createDirectory(folder.resolve("chromium-profile"));
        Path dom = folder.resolve("dom.html");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                page.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(folder.resolve("chromium.log").toFile())
                .start();
        if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String text = Files.readString(dom, StandardCharsets.UTF_8);
        assertTrue(text.contains("data-images-checked=\"true\""), () -> "the page's check ran; Chromium exit "
                + chromium.exitValue() + ", DOM: " + text);
        return text;
    }

    private static String loaded(String dom) {
        Matcher matcher = Pattern.compile("data-images-loaded=\"([^\"]*)\"").matcher(dom);
        assertTrue(matcher.find(), "the body records how many images loaded");
        return matcher.group(1);
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
        String dom = domOf(page);
        assertEquals("3/3", loaded(dom));
        assertFalse(dom.contains("<p class=\"broken-note\">") || dom.contains("class=\"broken\""), "nothing marked broken");
    }

    @Test
    void aMissingImageIsMarkedAndCounted() throws Exception {
        Path figures = folder.resolve("report").resolve("figures");
        Export.png(chart(), figures.resolve("convergence.png"), 72);
        Path page = HtmlReport.write(folder.resolve("report"), HtmlReportTest.report(List.of(
                new ReportFigure("present", "figures/convergence.png", List.of()),
                new ReportFigure("absent", "figures/missing.png", List.of()))));
        String dom = domOf(page);
        assertEquals("1/2", loaded(dom));
        assertTrue(dom.contains("class=\"broken\""), "the missing image is marked");
        assertTrue(dom.contains("<p class=\"broken-note\">Image not found or unreadable: figures/missing.png</p>"), dom);
    }
}
