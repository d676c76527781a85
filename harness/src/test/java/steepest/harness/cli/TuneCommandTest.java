package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.experiment.ExperimentException;
import steepest.harness.experiment.Experiments;
import steepest.harness.experiment.TuningPlan;
import steepest.harness.store.CsvTable;

class TuneCommandTest {

    private static final String TUNING = """
            name: tuned
            seeds: 2
            problems: ["quadratic:d=5,cond=10", rosenbrock:d=2]
            optimizers:
              - {name: gd, params: {lr: {log: [1e-4, 1e-2], points: 5}}}
            budget: {iterations: 400}
            tune: {method: grid, seeds: [100, 101], criterion: final_gap}
            """;

    @TempDir
    Path temp;

    @Test
    void picksTheBestTrialAndRerunsItWithTheDefaultOnFreshSeeds() throws IOException {
        Path spec = Files.writeString(temp.resolve("tuned.yaml"), TUNING);
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("tune", spec.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        CsvTable table = CsvTable.read(out.resolve("tuning.csv"));
        assertEquals(2 * (5 + 1), table.rows().size(), "five trials and a default per problem");
        // On the quadratic (L = 10) every step in the grid is stable and the largest contracts fastest.
        Map<String, String> chosenQuadratic = rowWith(table, "quadratic:d=5,cond=10", "chosen");
        assertEquals("gd:lr=0.01", chosenQuadratic.get("optimizer"));
        // Whatever wins on Rosenbrock has the least median final gap among the trials.
        double chosen = Double.parseDouble(rowWith(table, "rosenbrock:d=2", "chosen").get("value"));
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, String> row = table.row(i);
            if (row.get("problem").equals("rosenbrock:d=2") && row.get("role").equals("trial")) {
                assertTrue(chosen <= Double.parseDouble(row.get("value")), row.toString());
            }
        }
        CsvTable finals = CsvTable.read(out.resolve("final").resolve("summary.csv"));
        assertEquals(List.of("0", "1"), finals.rows().stream().map(r -> r.get(finals.column("seed"))).distinct().toList());
        assertTrue(finals.rows().stream().anyMatch(r -> r.get(finals.column("optimizer")).equals("gd:lr=0.001")),
                "the default (lr = 1e-3) runs beside the choice");
        CsvTable trials = CsvTable.read(out.resolve("trials").resolve("summary.csv"));
        assertEquals(List.of("100", "101"), trials.rows().stream().map(r -> r.get(trials.column("seed"))).distinct().toList());
    }

    private static Map<String, String> rowWith(CsvTable table, String problem, String role) {
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.row(i).get("problem").equals(problem) && table.row(i).get("role").equals(role)) {
                return table.row(i);
            }
        }
        throw new AssertionError("no " + role + " row for " + problem);
    }

    @Test
    void randomSearchDrawsSeededLogUniformTrials() {
        String random = TUNING.replace("{log: [1e-4, 1e-2], points: 5}", "{log: [1e-4, 1e-2]}")
                .replace("method: grid", "method: random, trials: 6");
        TuningPlan plan = Experiments.parseTuning("r.yaml", random);
        List<String> candidates = plan.candidates().get(0);
        assertEquals(6, candidates.size());
        assertEquals(candidates, Experiments.parseTuning("r.yaml", random).candidates().get(0), "seeded");
        for (String candidate : candidates) {
            double lr = Double.parseDouble(candidate.substring("gd:lr=".length()));
            assertTrue(lr >= 1e-4 && lr <= 1e-2, candidate);
        }
        assertNotEquals(candidates, Experiments.parseTuning("r.yaml", random.replace("name: tuned", "name: tuned\nseed: 9"))
                .candidates().get(0), "another experiment seed draws other trials");
    }

    @Test
    void badTuningSectionsNameTheField() {
        ExperimentException e = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> Experiments.parseTuning("t.yaml", TUNING.replace("criterion: final_gap", "criterion: speed")));
        assertTrue(e.getMessage().startsWith("t.yaml:7: tune.criterion: 'speed' is not one of final_f, final_gap, gevals_to_1e-1"),
                e.getMessage());
        ExperimentException seeds = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> Experiments.parseTuning("t.yaml", TUNING.replace("[100, 101]", "[1, 100]")));
        assertEquals("t.yaml:7: tune.seeds: tuning seeds must differ from the final seeds [0, 1]", seeds.getMessage());
        ExperimentException run = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> Experiments.parse("t.yaml", TUNING));
        assertEquals("t.yaml:7: tune: this experiment is a tuning; run it with 'steepest tune'", run.getMessage());
    }
}
