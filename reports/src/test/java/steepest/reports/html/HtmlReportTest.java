package steepest.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.reports.table.Best;
import steepest.reports.table.Cell;
import steepest.reports.table.Notation;
import steepest.reports.table.Row;
import steepest.reports.table.Table;

class HtmlReportTest {

    static Report report(List<ReportFigure> figures) {
        Table table = new Table("Median final gap", "problem", "optimizer", List.of("gd", "adam"), List.of(
                new Row("rosenbrock", List.of(Cell.number(1e-3, Notation.scientific(2)),
                        Cell.number(1e-6, Notation.scientific(2))))), Best.perRow(Best.Direction.LOWER));
        return new Report("Results <quick> & dirty", figures, List.of(table),
                List.of(new ManifestEntry("commit", "f9a2268"), new ManifestEntry("jvm", "17 <openjdk>")),
                "{\"spec\": \"adam:lr=1e-3\", \"note\": \"<b>\"}");
    }

    @Test
    void thePageIsSelfContainedAndEscaped() {
        String html = HtmlReport.render(report(List.of(new ReportFigure("Convergence on Rosenbrock",
                "figures/conv ergence#1.png", List.of("figures/conv ergence#1.svg", "figures/c.pdf")))));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<title>Results &lt;quick&gt; &amp; dirty</title>"));
        assertTrue(html.contains("<img src=\"figures/conv%20ergence%231.png\" alt=\"Convergence on Rosenbrock\">"));
        assertTrue(html.contains("<a href=\"figures/conv%20ergence%231.svg\">SVG</a><a href=\"figures/c.pdf\">PDF</a>"));
        assertTrue(html.contains("<td class=\"num\"><strong>1.0e-6</strong></td>"), "the table, best marked");
        assertTrue(html.contains("<dt>jvm</dt><dd>17 &lt;openjdk&gt;</dd>"));
        assertTrue(html.contains("<pre class=\"manifest\">{&quot;spec&quot;: &quot;adam:lr=1e-3&quot;, &quot;note&quot;: "
                + "&quot;&lt;b&gt;&quot;}</pre>"));
        assertTrue(html.contains("document.body.setAttribute('data-images-loaded', loaded + '/' + images.length);"));
        for (String external : List.of("http:", "https:", "<link", "src=\"//", "@import", "url(")) {
            assertFalse(html.contains(external), "nothing external: " + external);
        }
        assertEquals(1, html.split("<script", -1).length - 1, "one inline script");
    }

    @Test
    void figurePathsMustBeRelative() {
        for (String path : List.of("/tmp/a.png", "C:\\a.png", "http://host/a.png", "")) {
            assertThrows(IllegalArgumentException.class, () -> new ReportFigure("x", path, List.of()), path);
        }
        new ReportFigure("x", "../figures/a.png", List.of());
    }

    @Test
    void writesIndexHtmlIntoTheFolder(@TempDir Path folder) throws IOException {
        Report report = report(List.of());
        Path written = HtmlReport.write(folder.resolve("out"), report);
        assertEquals(folder.resolve("out").resolve("index.html"), written);
        assertEquals(HtmlReport.render(report), Files.readString(written));
        try (var files = Files.list(folder.resolve("out"))) {
            assertEquals(List.of(written), files.toList(), "no temporary file left");
        }
    }
}
