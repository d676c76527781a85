package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.store.CsvTable;

/**
 * How the CLI ends when things go wrong outside the user's spec: out of memory, a closed output, a
 * file system that refuses a write, too many seeds in a tuning; and a valid experiment whose report
 * once crashed.
 */
class CliFailuresTest {

    @TempDir
    Path temp;

    private static void assertOneLine(CliRun run, int status) {
        assertEquals(status, run.status(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void runningOutOfMemoryEndsInOneLineNamingTheHeap() {
        // Too large for any test heap: the arrays fail to allocate at once (or are refused before).
        for (String problem : List.of("quadratic:d=2000000000", "quadratic:d=1500000000")) {
            CliRun run = CliRun.of("trace", "--problem", problem, "--optimizer", "gd", "--iterations", "1");
            assertOneLine(run, 2);
            assertTrue(run.err().contains("heap") && run.err().contains("JAVA_OPTS=-Xmx"), run.err());
        }
        StringWriter err = new StringWriter();
        int status = Main.report(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")),
                new PrintWriter(err), false);
        assertEquals(2, status);
        assertTrue(err.toString().startsWith("steepest: out of memory (Java heap space) with a Java heap of at most "),
                err.toString());
    }

    @Test
    void ioErrorsSayWhatFailedOnWhichPath() {
        assertEquals("/r/cells/c.csv: Read-only file system",
                Main.describe(new FileSystemException("/r/cells/c.csv", null, "Read-only file system")));
        assertEquals("/r/summary.csv: No space left on device",
                Main.describe(new FileSystemException("/r/summary.csv", null, "No space left on device")));
        assertEquals("/r/manifest.json: permission denied", Main.describe(new AccessDeniedException("/r/manifest.json")));
        assertEquals("/a -> /b: Invalid cross-device link",
                Main.describe(new FileSystemException("/a", "/b", "Invalid cross-device link")));
    }

    @Test
    void aFailedWriteNamesTheFileItWasWriting() throws IOException {
        Path target = temp.resolve("out.csv");
        IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> steepest.reports.export.AtomicFiles.write(target, writer -> {
                    throw new IOException("No space left on device");
                }));
        assertEquals(target + ": No space left on device", Main.describe(failure));
        IOException encoder = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> steepest.reports.export.AtomicFiles.write(target, writer -> {
                    throw new IOException("I/O error writing PNG file!", new IOException("No space left on device"));
                }));
        assertEquals(target + ": No space left on device", Main.describe(encoder));
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "no temporary is left behind");
        }
    }

    @Test
    void traceStopsWhenItsOutputIsClosed() {
        // A reader that takes two lines, then closes (as head -2 does); the budget would take minutes.
        OutputStream head = new OutputStream() {
            private int lines;

            @Override
            public void write(int b) throws IOException {
                if (lines >= 2) {
                    throw new IOException("Broken pipe");
                }
                if (b == '\n') {
                    lines++;
                }
            }
        };
        StringWriter err = new StringWriter();
        int status = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.execute(new String[] {"trace",
            "--problem", "rosenbrock:d=2", "--optimizer", "gd:lr=1e-4", "--iterations", "2000000000"},
                new PrintWriter(head, true), new PrintWriter(err, true)));
        assertEquals(0, status, err.toString());
        assertTrue(err.toString().startsWith("# stopped: the output was closed after "), err.toString());
    }

    @Test
    void aTuningWithMoreSeedsThanCellsIsRefusedBeforeTheyAreListed() throws IOException {
        for (String seeds : List.of("seeds: 9000000000000000", "tune: {seeds: 10000000}")) {
            Path spec = Files.writeString(temp.resolve("t.yaml"), """
                    name: t
                    problems: [rosenbrock:d=2]
                    optimizers: [{name: gd, params: {lr: [1e-3, 1e-2]}}]
                    budget: {iterations: 1}
                    """ + (seeds.startsWith("tune") ? seeds : seeds + "\ntune: {seeds: [100]}") + "\n");
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CliRun.of("tune", spec.toString(), "--out", temp.resolve("out").toString()));
            assertOneLine(run, 2);
            assertTrue(run.err().contains("seeds exceed the limit of 1000000 cells; raise it with --max-cells"), run.err());
        }
    }

    /** Issue 17: every cell succeeded, then the report failed with "Zero length string". */
    @Test
    void theReportOfATwoLayerNetworkWithLayerNormsIsDrawn() throws IOException {
        Path spec = Files.writeString(temp.resolve("mlp.yaml"), """
                name: mlp-norms
                problems: ["mlp:dataset=digits,layers=64-32-10"]
                optimizers: ["sgd:lr=0.05,batch=32"]
                budget: {epochs: 1}
                record: {layer_norms: true}
                """);
        Path out = temp.resolve("mlp");
        CliRun run = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("report").resolve("figures").resolve("layer-norms-by-depth.png")));
        CliRun report = CliRun.of("report", out.toString(), "--format", "png,svg");
        assertEquals(0, report.status(), report.err());
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        assertEquals("stopped", summary.row(0).get("status"));
    }
}
