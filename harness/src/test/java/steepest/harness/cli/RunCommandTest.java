package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.store.CsvTable;

class RunCommandTest {

    private static final String SMALL = """
            name: small
            problems: [rosenbrock:d=2, "quadratic:d=5,cond=10"]
            optimizers: [gd:lr=1e-3, gd:lr=0.05]
            budget: {iterations: 300}
            record: {per_decade: 10}
            """;

    @TempDir
    Path temp;

    @Test
    void writesAResultsFolderWithSummaryTracesManifestAndFigures() throws IOException {
        Path spec = Files.writeString(temp.resolve("small.yaml"), SMALL);
        Path out = temp.resolve("results");
        CliRun run = CliRun.of("run", spec.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("results: " + out), run.out());
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        assertEquals(4, summary.rows().size());
        assertEquals("rosenbrock:d=2", summary.row(0).get("problem"));
        assertEquals("stopped", summary.row(0).get("status"));
        assertEquals("max_iterations", summary.row(0).get("termination"));
        assertEquals("300", summary.row(0).get("iterations"));
        assertEquals("diverged", summary.row(1).get("status"), "lr = 0.05 diverges on Rosenbrock");
        for (int i = 0; i < 4; i++) {
            CsvTable trace = CsvTable.read(out.resolve("traces").resolve(summary.row(i).get("cell") + ".csv"));
            assertEquals("0", trace.rows().get(0).get(0), "traces start at iteration 0");
            assertEquals(summary.row(i).get("iterations"), trace.rows().get(trace.rows().size() - 1).get(0),
                    "traces end at the last iteration");
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("small", manifest.get("experiment").asText());
        assertEquals(64, manifest.get("spec_hash").asText().length());
        for (String field : List.of("project", "jvm", "os", "cpu", "dependencies", "started", "finished", "runs")) {
            assertTrue(manifest.has(field), "manifest has " + field);
        }
        assertEquals(2, manifest.get("runs").get(0).get("threads").asInt());
        assertTrue(Files.size(out.resolve("report/figures/convergence-rosenbrock-iterations.png")) > 1000);
        assertTrue(run.out().contains("report:  " + out.resolve("report/index.html")), run.out());
        assertEquals(SMALL, Files.readString(out.resolve("experiment.yaml")));
    }

    @Test
    void rerunningResumesOnlyMissingCellsAndAnotherSpecIsRefused() throws IOException {
        Path spec = Files.writeString(temp.resolve("small.yaml"), SMALL);
        Path out = temp.resolve("results");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", out.toString()).status());
        String firstSummary = Files.readString(out.resolve("summary.csv"));
        Path cellFile;
        try (var cells = Files.list(out.resolve("cells"))) {
            cellFile = cells.sorted().toList().get(2);
        }
        Files.delete(cellFile);
        CliRun resumed = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("cells: 1 run, 3 kept from an earlier run"), resumed.out());
        assertEquals(withoutTimes(firstSummary), withoutTimes(Files.readString(out.resolve("summary.csv"))));

        Path other = Files.writeString(temp.resolve("other.yaml"), SMALL.replace("300", "301"));
        CliRun refused = CliRun.of("run", other.toString(), "--out", out.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().startsWith("steepest: results folder " + out + " holds experiment 'small' with spec hash"),
                refused.err());
        assertEquals(withoutTimes(firstSummary), withoutTimes(Files.readString(out.resolve("summary.csv"))));
    }

    @Test
    void randomStartsAreSharedByOptimizersAndDifferBySeedAndIteratesAreRecorded() throws IOException {
        Path spec = Files.writeString(temp.resolve("starts.yaml"), """
                name: starts
                seeds: 2
                problems: ["rosenbrock:d=3"]
                optimizers: [gd:lr=1e-4, gd:lr=2e-4]
                budget: {iterations: 5}
                start: {uniform: [-2, 3]}
                record: {every: 1, x: true}
                """);
        Path out = temp.resolve("starts");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", out.toString()).status());
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        List<List<String>> starts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CsvTable trace = CsvTable.read(out.resolve("traces").resolve(summary.row(i).get("cell") + ".csv"));
            assertEquals(List.of("x0", "x1", "x2"), trace.header().subList(trace.header().size() - 3, trace.header().size()));
            assertEquals(6, trace.rows().size());
            List<String> start = trace.rows().get(0).subList(trace.header().size() - 3, trace.header().size());
            for (String coordinate : start) {
                double value = Double.parseDouble(coordinate);
                assertTrue(value >= -2 && value <= 3, coordinate);
            }
            starts.add(start);
        }
        // Cells are problem-major, then optimizer, then seed: 0 = (lr 1e-4, seed 0), 1 = (1e-4, 1), 2 = (2e-4, 0).
        assertEquals(starts.get(0), starts.get(2), "both optimizers start from the same point for seed 0");
        assertEquals(starts.get(1), starts.get(3));
        assertTrue(!starts.get(0).equals(starts.get(1)), "seeds differ");
    }

    @Test
    void anInvalidExperimentLeavesNoFolderBehind() {
        Path out = temp.resolve("never");
        CliRun run = CliRun.of("run", "no-such-experiment", "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(!Files.exists(out));
    }

    /** Drops the timing columns (time_s, time_to_*), the only ones that may differ between identical runs. */
    static String withoutTimes(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = CsvTable.parseLine(lines.get(0));
        StringBuilder kept = new StringBuilder();
        for (String line : lines) {
            List<String> fields = CsvTable.parseLine(line);
            for (int i = 0; i < fields.size(); i++) {
                if (!header.get(i).startsWith("time")) {
                    kept.append(fields.get(i)).append('|');
                }
            }
            kept.append('\n');
        }
        return kept.toString();
    }
}
