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
        assertTrue(Files.size(out.resolve("figures").resolve("convergence-rosenbrock_d=2.png")) > 1000);
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
