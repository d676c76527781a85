package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.reports.html.HeadlessBrowser;

/** The report of a small experiment that exercises every figure kind, in every format. */
class ReportCommandTest {

    private static final String EXPERIMENT = """
            name: gallery
            seeds: 2
            problems:
              - rosenbrock:d=2
              - beale
              - {name: quadratic, params: {d: [2, 20, 200], cond: 100}}
            optimizers:
              - {name: gd, params: {lr: [1e-4, 3e-4, 1e-3]}}
              - sgd:lr=1e-3,momentum=0.9
            budget: {iterations: 300}
            record: {per_decade: 10, x: true}
            report: {x: [iterations, evaluations]}
            """;

    @TempDir
    static Path temp;
    private static Path results;

    @BeforeAll
    static void run() throws IOException {
        Path spec = Files.writeString(temp.resolve("gallery.yaml"), EXPERIMENT);
        results = temp.resolve("results");
        CliRun run = CliRun.of("run", spec.toString(), "--out", results.toString());
        assertEquals(0, run.status(), run.err());
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void drawsEveryFigureKindTheResultsSupportInEveryFormatWithTables() throws IOException {
        Path out = temp.resolve("paper");
        CliRun report = CliRun.of("report", results.toString(), "--out", out.toString());
        assertEquals(0, report.status(), report.err());
        Set<String> files = files(out);
        for (String figure : List.of("contour-rosenbrock", "contour-beale", "contour-quadratic_d=2",
                "convergence-beale-iterations", "convergence-beale-evaluations", "performance-profile", "data-profile",
                "sensitivity-rosenbrock", "time-to-target-quadratic_d=200", "scaling-quadratic-d", "ecdf-all",
                "ecdf-tag-convex", "critical-difference")) {
            for (String format : List.of("png", "svg", "pdf")) {
                assertTrue(files.contains("figures/" + figure + "." + format), figure + "." + format + " in " + files);
            }
        }
        assertTrue(files.stream().noneMatch(f -> f.contains("contour-quadratic_d=20.")), "contours are for 2-D problems only");
        for (String table : List.of("final-gap", "evaluations-to-target", "success-rate", "art", "significance",
                "ecdf-all")) {
            for (String format : List.of("md", "tex", "csv")) {
                assertTrue(files.contains("tables/" + table + "." + format), table + "." + format);
            }
        }
        String latex = Files.readString(out.resolve("tables/final-gap.tex"));
        assertTrue(latex.contains("\\toprule") && latex.contains("\\bottomrule"), latex);
        assertTrue(files.contains("index.html"));
    }

    @Test
    void theSameFolderRendersByteIdenticalFilesTwice() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(0, CliRun.of("report", results.toString(), "--out", first.toString(), "--format", "svg,pdf,png").status());
        assertEquals(0, CliRun.of("report", results.toString(), "--out", second.toString(), "--format", "svg,pdf,png").status());
        Set<String> files = files(first);
        assertEquals(files, files(second));
        assertTrue(files.stream().filter(f -> f.endsWith(".svg")).count() > 10);
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void everyFigureOfTheReportLoadsInAHeadlessBrowser() throws Exception {
        boolean present = HeadlessBrowser.available();
        if (!present && "1".equals(System.getenv("STEEPEST_REQUIRE_BROWSER"))) {
            fail("STEEPEST_REQUIRE_BROWSER=1 but there is no browser at " + HeadlessBrowser.CHROMIUM);
        }
        assumeTrue(present, "no browser; STEEPEST_REQUIRE_BROWSER=1 turns this skip into a failure");
        Path out = temp.resolve("screen");
        assertEquals(0, CliRun.of("report", results.toString(), "--out", out.toString(), "--style", "screen",
                "--format", "png,svg").status());
        long figures = files(out).stream().filter(f -> f.endsWith(".png")).count();
        HeadlessBrowser.Page page = HeadlessBrowser.open(out.resolve("index.html"), Files.createDirectory(temp.resolve("browser")));
        assertEquals(figures + "/" + figures, page.loaded());
    }

    @Test
    void badOptionsAreRefusedByName() {
        CliRun format = CliRun.of("report", results.toString(), "--format", "png,gif");
        assertEquals(2, format.status());
        assertTrue(format.err().startsWith("steepest: unknown figure format 'gif'; known: png, svg, pdf"), format.err());
        CliRun style = CliRun.of("report", results.toString(), "--style", "poster");
        assertEquals(2, style.status());
        assertTrue(style.err().startsWith("steepest: --style 'poster' is not one of paper, paper-wide, screen"), style.err());
        CliRun missing = CliRun.of("report", temp.resolve("nowhere").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("is not a results folder"), missing.err());
    }
}
