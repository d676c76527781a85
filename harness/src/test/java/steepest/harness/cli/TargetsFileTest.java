package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.store.CsvTable;

/**
 * The first hits a run records as it goes, checked against the trace of a run that records every
 * iterate (so the trace is the run at full resolution): targets/ID.csv for COCO's 51 absolute
 * targets, and the summary's five relative targets, whose f(x₀) is the first row's f.
 */
class TargetsFileTest {

    private static final String EXPERIMENT = """
            name: hits
            problems: ["quadratic:d=5,cond=10", rosenbrock:d=2, saddle]
            optimizers: [gd:lr=0.05]
            budget: {iterations: 1500}
            record: {every: 1}
            report: {figures: [ecdf]}
            """;

    @TempDir
    Path temp;

    /** COCO's levels from the labels alone: 1e2, 1e1.8, ..., 1e-8 is 10 to the power after "1e". */
    private static double level(String label) {
        return Math.pow(10, Double.parseDouble(label.substring(2)));
    }

    /** The trace row (index) of the first f with f − f* <= bound, or -1. */
    private static int firstRow(CsvTable trace, double optimum, double bound) {
        double[] f = trace.numbers("f");
        for (int i = 0; i < f.length; i++) {
            if (f[i] - optimum <= bound) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyCellWithAKnownOptimumHasItsFirstHitsOfCocosTargetsAsTheFullTraceShowsThem() throws IOException {
        Path spec = Files.writeString(temp.resolve("hits.yaml"), EXPERIMENT);
        Path out = temp.resolve("results");
        CliRun run = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        int reached = 0;
        int missed = 0;
        for (int r = 0; r < summary.rows().size(); r++) {
            Map<String, String> row = summary.row(r);
            Path file = out.resolve("targets").resolve(row.get("cell") + ".csv");
            if (row.get("problem").startsWith("saddle")) {
                assertFalse(Files.exists(file), "no f*, no targets");
                continue;
            }
            double optimum = Double.parseDouble(row.get("f_star"));
            CsvTable trace = CsvTable.read(out.resolve("traces").resolve(row.get("cell") + ".csv"));
            CsvTable targets = CsvTable.read(file);
            assertEquals(List.of("target", "gevals", "time_s"), targets.header());
            assertEquals(51, targets.rows().size());
            List<String> labels = new ArrayList<>();
            for (int t = 0; t < 51; t++) {
                Map<String, String> hit = targets.row(t);
                labels.add(hit.get("target"));
                int first = firstRow(trace, optimum, level(hit.get("target")));
                if (first < 0) {
                    assertEquals("", hit.get("gevals"), hit.get("target"));
                    assertEquals("", hit.get("time_s"), hit.get("target"));
                    missed++;
                } else {
                    assertEquals(trace.row(first).get("gevals"), hit.get("gevals"), hit.get("target"));
                    assertEquals(trace.row(first).get("time_s"), hit.get("time_s"), hit.get("target"));
                    reached++;
                }
            }
            assertEquals("1e2", labels.get(0));
            assertEquals("1e-0.2", labels.get(11));
            assertEquals("1e-8", labels.get(50));
            double initialGap = trace.numbers("f")[0] - optimum;
            for (String tau : List.of("1e-1", "1e-2", "1e-4", "1e-6", "1e-8")) {
                int first = firstRow(trace, optimum, Double.parseDouble(tau) * initialGap);
                assertEquals(first < 0 ? "" : trace.row(first).get("gevals"), row.get("gevals_to_" + tau), tau);
            }
        }
        assertTrue(reached > 51 && missed > 0, "some targets reached, some not: " + reached + ", " + missed);
    }
}
