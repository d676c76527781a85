package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Study;
import steepest.harness.store.ResultsFolder;

/**
 * What keeps a results folder from holding wrong or mixed results: one writer at a time, resume
 * that keeps only cells whose files verify, readers that name the damaged file, names read back from
 * a manifest checked like names in an experiment file, and outputs that never land in a folder
 * holding something else.
 */
class ResultsFolderSafetyTest {

    private static final String SMALL = """
            name: small
            seeds: 2
            problems: [rosenbrock:d=2, "quadratic:d=5,cond=10"]
            optimizers: [gd:lr=1e-3, gd:lr=0.05]
            budget: {iterations: 300}
            record: {per_decade: 10}
            """;

    @TempDir
    Path temp;

    private Path spec(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name + ".yaml"), text);
    }

    private static void assertOneLine(CliRun run, int status) {
        assertEquals(status, run.status(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    // --- one writer per folder --------------------------------------------------------------------

    @Test
    void aSecondRunIntoAFolderInUseIsRefusedNamingTheHolder() throws IOException {
        Path spec = spec("small", SMALL);
        Path other = spec("other", SMALL.replace("300", "301"));
        Path out = temp.resolve("held");
        Study study = ExperimentParser.study(ExperimentSource.of(spec.toString()), Catalogs.builtin(),
                ExperimentParser.DEFAULT_MAX_CELLS);
        try (ResultsFolder holder = ResultsFolder.open(out, study)) {
            for (Path experiment : List.of(spec, other)) {
                CliRun refused = CliRun.of("run", experiment.toString(), "--out", out.toString());
                assertOneLine(refused, 2);
                assertTrue(refused.err().contains("results folder " + out + " is in use by pid "
                        + ProcessHandle.current().pid() + " on host "), refused.err());
                assertTrue(refused.err().contains(", started 20"), refused.err());
            }
            assertFalse(Files.exists(out.resolve("cells")), "the refused runs wrote no cell");
        }
        CliRun after = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, after.status(), after.err());
        assertTrue(after.out().contains("cells: 8 run, 0 kept"), after.out());
    }

    @Test
    void aLockFileLeftByAKilledRunDoesNotBlockAndItsTemporariesAreRemoved() throws IOException {
        Path spec = spec("small", SMALL);
        String dead = "pid 999999 on host gone, started 2020-01-01T00:00:00Z\n";
        // Killed before its manifest was written: a lock file and a temporary manifest.
        Path early = Files.createDirectories(temp.resolve("early"));
        Files.writeString(early.resolve(".steepest.lock"), dead);
        Files.writeString(early.resolve(".manifest.json.5678ef.tmp"), "{\"experi");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", early.toString()).status());
        assertFalse(Files.exists(early.resolve(".manifest.json.5678ef.tmp")));
        // Killed in the middle: a lock file, and a temporary of a cell in flight.
        Path out = temp.resolve("stale");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", out.toString()).status());
        Files.writeString(out.resolve(".steepest.lock"), dead);
        Path temporary = out.resolve("cells").resolve(".c0000-x.csv.1234abcd.tmp");
        Files.writeString(temporary, "half a row");
        CliRun run = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertFalse(Files.exists(temporary));
        assertTrue(Files.readString(out.resolve(".steepest.lock")).startsWith("pid " + ProcessHandle.current().pid()));
    }

    // --- resume keeps only what verifies ----------------------------------------------------------

    @Test
    void resumeRedoesCellsWhoseFilesAreDamagedOrMissingAndEndsAsAFreshRun() throws IOException {
        Path spec = spec("small", SMALL);
        Path out = temp.resolve("damaged");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", out.toString()).status());
        List<Path> rows = files(out.resolve("cells"));
        List<Path> traces = files(out.resolve("traces"));
        Files.writeString(rows.get(0), "garbage,\n");                                       // does not parse
        Files.delete(traces.get(1));                                                         // trace deleted
        Files.writeString(traces.get(2), Files.readString(traces.get(2)).replaceFirst("\n0,", "\n0,9"));  // edited
        String row = Files.readString(rows.get(3));
        Files.writeString(rows.get(3), row.substring(0, row.length() / 2));                // torn row
        Files.delete(files(out.resolve("checksums")).get(4));                                // no checksum

        CliRun resumed = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("redoing 5 cells whose stored files failed verification: "), resumed.out());
        assertTrue(resumed.out().contains("its row does not parse"), resumed.out());
        assertTrue(resumed.out().contains("cells: 5 run, 3 kept"), resumed.out());
        assertTrue(Files.isRegularFile(traces.get(1)), "the deleted trace is written again");

        Path fresh = temp.resolve("fresh");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", fresh.toString()).status());
        assertEquals(RunCommandTest.withoutTimes(Files.readString(fresh.resolve("summary.csv"))),
                RunCommandTest.withoutTimes(Files.readString(out.resolve("summary.csv"))));
        for (int i = 0; i < traces.size(); i++) {
            assertEquals(RunCommandTest.withoutTimes(Files.readString(fresh.resolve("traces").resolve(traces.get(i).getFileName()))),
                    RunCommandTest.withoutTimes(Files.readString(traces.get(i))), traces.get(i).toString());
        }
        assertEquals(0, CliRun.of("report", out.toString(), "--format", "png").status());
    }

    @Test
    void mergeCountsOnlyCellsWhoseFilesVerify() throws IOException {
        Path spec = spec("small", SMALL);
        Path one = temp.resolve("shard1");
        Path two = temp.resolve("shard2");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", one.toString(), "--shard", "1/2").status());
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", two.toString(), "--shard", "2/2").status());
        Files.delete(files(one.resolve("traces")).get(0));
        CliRun merged = CliRun.of("merge", "--out", temp.resolve("merged").toString(), one.toString(), two.toString());
        assertOneLine(merged, 2);
        assertTrue(merged.err().contains("is in none of the folders (" + one + ": its trace traces/"), merged.err());
    }

    // --- damaged results files name the file ------------------------------------------------------

    @Test
    void damagedManifestsAndSummariesAreReportedInOneLineNamingTheFile() throws IOException {
        Path spec = spec("small", SMALL);
        Path good = temp.resolve("good");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", good.toString()).status());
        String manifest = Files.readString(good.resolve("manifest.json"));
        String summary = Files.readString(good.resolve("summary.csv"));
        Path baseline = temp.resolve("baseline.json");
        assertEquals(0, CliRun.of("check", "--update", "--baseline", baseline.toString(), good.toString()).status());

        record Damage(String name, String file, String content, String says) {
        }
        List<Damage> damages = List.of(
                new Damage("empty-manifest", "manifest.json", "", "manifest.json: empty"),
                new Damage("truncated-manifest", "manifest.json", manifest.substring(0, manifest.length() / 2),
                        "manifest.json:"),
                new Damage("list-manifest", "manifest.json", "[1, 2]\n", "manifest.json: not a JSON object"),
                new Damage("no-spec", "manifest.json", manifest.replace("\"spec\" :", "\"spek\" :"),
                        "manifest.json: 'spec' is missing"),
                new Damage("bad-hash", "manifest.json", manifest.replaceFirst("\"spec_hash\" : \"[0-9a-f]+\"",
                        "\"spec_hash\" : 7"), "manifest.json: 'spec_hash' is missing or not text"),
                new Damage("truncated-summary", "summary.csv", summary.substring(0, summary.length() - 40),
                        "summary.csv:"),
                new Damage("empty-summary", "summary.csv", "", "summary.csv: empty"));
        for (Damage damage : damages) {
            Path folder = copy(good, temp.resolve(damage.name()));
            Files.writeString(folder.resolve(damage.file()), damage.content());
            boolean manifestDamaged = damage.file().equals("manifest.json");
            for (String[] command : List.of(
                    new String[] {"report", folder.toString(), "--format", "png", "--out", temp.resolve(damage.name() + "-r").toString()},
                    new String[] {"check", "--baseline", baseline.toString(), folder.toString()},
                    new String[] {"merge", "--out", temp.resolve(damage.name() + "-m").toString(), folder.toString()},
                    new String[] {"run", spec.toString(), "--out", folder.toString()})) {
                if (!manifestDamaged && (command[0].equals("merge") || command[0].equals("run"))) {
                    continue;   // they rebuild summary.csv from the cells
                }
                CliRun run = CliRun.of(command);
                assertOneLine(run, 2);
                assertTrue(run.err().startsWith("steepest: " + folder.resolve(damage.file())), damage + " " + command[0]
                        + ": " + run.err());
                assertTrue(run.err().contains(damage.says()), damage + " " + command[0] + ": " + run.err());
            }
        }
        Path garbled = copy(good, temp.resolve("garbled-trace"));
        Path trace = files(garbled.resolve("traces")).get(0);
        Files.writeString(trace, Files.readString(trace).replaceFirst("\n1,", "\nx,"));
        CliRun report = CliRun.of("report", garbled.toString(), "--format", "png", "--out", temp.resolve("gr").toString());
        assertOneLine(report, 2);
        assertTrue(report.err().contains(trace + ":"), report.err());
        assertTrue(report.err().contains("column 'iter': 'x' is not a number"), report.err());
    }

    @Test
    void aNameReadFromAManifestCannotLeaveTheResultsFolder() throws IOException {
        Path spec = spec("small", SMALL);
        Path shard = temp.resolve("edited");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", shard.toString()).status());
        String manifest = Files.readString(shard.resolve("manifest.json"));
        Files.writeString(shard.resolve("manifest.json"), manifest
                .replace("\"experiment\" : \"small\"", "\"experiment\" : \"../../../../../elsewhere/x\"")
                .replace("\"name\" : \"small\"", "\"name\" : \"../../../../../elsewhere/x\""));
        for (String[] command : List.of(new String[] {"merge", shard.toString()},
                new String[] {"report", shard.toString(), "--format", "png"})) {
            CliRun run = CliRun.of(command);
            assertOneLine(run, 2);
            assertTrue(run.err().contains(shard.resolve("manifest.json") + ": experiment name '../../../../../elsewhere/x' "
                    + "may hold only letters, digits, '-' and '_'"), run.err());
        }
        assertFalse(Files.exists(Path.of("results", "..", "..", "..", "..", "..", "elsewhere")));
    }

    // --- outputs never land in a folder holding something else ------------------------------------

    @Test
    void reportAndMergeRefuseAnOutputFolderHoldingSomethingElse() throws IOException {
        Path spec = spec("small", SMALL);
        Path one = temp.resolve("s1");
        Path two = temp.resolve("s2");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", one.toString(), "--shard", "1/2").status());
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", two.toString(), "--shard", "2/2").status());
        Path sources = Files.createDirectories(temp.resolve("src"));
        Files.writeString(sources.resolve("Main.java"), "class Main {}\n");

        for (Path target : List.of(sources, one, one.resolve("traces"))) {
            CliRun report = CliRun.of("report", one.toString(), "--format", "png", "--out", target.toString());
            assertOneLine(report, 2);
            assertTrue(report.err().contains("--out " + target + " holds other files"), report.err());
        }
        assertEquals("class Main {}\n", Files.readString(sources.resolve("Main.java")));
        Path report = temp.resolve("report");
        assertEquals(0, CliRun.of("report", one.toString(), "--format", "png", "--out", report.toString()).status());
        assertEquals(0, CliRun.of("report", one.toString(), "--format", "png", "--out", report.toString()).status(),
                "an earlier report is written over");

        CliRun intoSource = CliRun.of("merge", "--out", one.toString(), one.toString(), two.toString());
        assertOneLine(intoSource, 2);
        assertTrue(intoSource.err().contains("--out " + one + " is one of the folders being merged"), intoSource.err());
        CliRun intoSources = CliRun.of("merge", "--out", sources.toString(), one.toString(), two.toString());
        assertOneLine(intoSources, 2);
        assertTrue(intoSources.err().contains("is not empty and has no manifest.json"), intoSources.err());
        Path whole = temp.resolve("whole");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", whole.toString()).status());
        CliRun intoRun = CliRun.of("merge", "--out", whole.toString(), one.toString(), two.toString());
        assertOneLine(intoRun, 2);
        assertTrue(intoRun.err().contains("holds a run of this experiment, not an earlier merge"), intoRun.err());
        Path merged = temp.resolve("merged");
        assertEquals(0, CliRun.of("merge", "--out", merged.toString(), one.toString(), two.toString()).status());
        assertEquals(0, CliRun.of("merge", "--out", merged.toString(), one.toString(), two.toString()).status(),
                "an earlier merge is merged again");
    }

    @Test
    void aMergeRefusesASourceThatARunWritesNow() throws IOException {
        Path spec = spec("small", SMALL);
        Path one = temp.resolve("s1");
        Path two = temp.resolve("s2");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", one.toString(), "--shard", "1/2").status());
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", two.toString(), "--shard", "2/2").status());
        Study study = ExperimentParser.study(new ExperimentSource("small.yaml", SMALL, Optional.of(temp)),
                Catalogs.builtin(), ExperimentParser.DEFAULT_MAX_CELLS);
        try (ResultsFolder writing = ResultsFolder.open(two, study)) {
            CliRun merge = CliRun.of("merge", "--out", temp.resolve("m").toString(), one.toString(), two.toString());
            assertOneLine(merge, 2);
            assertTrue(merge.err().contains("results folder " + two + " is in use by pid"), merge.err());
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.write(target, Files.readAllBytes(source));
                }
            }
        }
        return to;
    }
}
