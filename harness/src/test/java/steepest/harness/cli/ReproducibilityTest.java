package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same experiment gives the same files (timing columns aside) whatever the thread count, the
 * sharding, or a crash in the middle.
 */
class ReproducibilityTest {

    private static final String EXPERIMENT = """
            name: repro
            seeds: 2
            problems: [rosenbrock:d=2, "rosenbrock:d=6", "quadratic:d=20,cond=1000"]
            optimizers: [gd:lr=1e-3, gd:lr=2e-3, gd:lr=0.02]
            budget: {iterations: 2000}
            stop: {gtol: 1e-6}
            record: {per_decade: 10}
            """;

    @TempDir
    Path temp;

    @Test
    void oneAndTwoThreadsGiveTheSameFiles() throws IOException {
        Path spec = Files.writeString(temp.resolve("repro.yaml"), EXPERIMENT);
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", temp.resolve("one").toString(), "--threads", "1").status());
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", temp.resolve("two").toString(), "--threads", "2").status());
        assertEquals(contents(temp.resolve("one")), contents(temp.resolve("two")));
    }

    /**
     * Cells that draw random numbers: mini-batches with and without replacement (SGD, Adam) on
     * logistic regression and an MLP, and seeded random starts. A stream shared between cells, or
     * drawn from in completion order, would make the two runs differ.
     */
    @Test
    void cellsThatDrawRandomNumbersGiveTheSameFilesOnOneAndTwoThreads() throws IOException {
        Path batches = Files.writeString(temp.resolve("batches.yaml"), """
                name: batches
                seeds: 2
                problems: ["logreg:dataset=breast_cancer", "mlp:dataset=digits,layers=64-16-10"]
                optimizers: ["sgd:lr=0.05,batch=16", "sgd:lr=0.05,batch=16,replacement=true", "adam:lr=0.01,batch=8"]
                budget: {epochs: 1}
                record: {per_decade: 10}
                """);
        Path starts = Files.writeString(temp.resolve("starts.yaml"), """
                name: starts
                seeds: 3
                problems: ["rosenbrock:d=4", "ackley:d=3"]
                optimizers: [gd:lr=1e-3, lbfgs]
                budget: {iterations: 300}
                start: {uniform: [-2, 2]}
                record: {per_decade: 10}
                """);
        for (Path spec : List.of(batches, starts)) {
            String name = spec.getFileName().toString().replace(".yaml", "");
            Path one = temp.resolve(name + "-1");
            Path two = temp.resolve(name + "-2");
            CliRun first = CliRun.of("run", spec.toString(), "--out", one.toString(), "--threads", "1");
            assertEquals(0, first.status(), first.err());
            CliRun second = CliRun.of("run", spec.toString(), "--out", two.toString(), "--threads", "2");
            assertEquals(0, second.status(), second.err());
            Map<String, String> files = contents(one);
            assertEquals(files, contents(two));
            // The seeds differ: a stream that ignored the cell's key would give equal traces.
            String seed0 = files.entrySet().stream().filter(e -> e.getKey().startsWith("traces/c0000-")).findFirst()
                    .orElseThrow().getValue();
            String seed1 = files.entrySet().stream().filter(e -> e.getKey().startsWith("traces/c0001-")).findFirst()
                    .orElseThrow().getValue();
            assertTrue(!seed0.equals(seed1), name + ": replicate seeds must draw different numbers");
        }
    }

    @Test
    void mergedShardsEqualTheUnshardedRun() throws IOException {
        Path spec = Files.writeString(temp.resolve("repro.yaml"), EXPERIMENT);
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", temp.resolve("whole").toString()).status());
        List<String> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shard = temp.resolve("shard" + k);
            CliRun run = CliRun.of("run", spec.toString(), "--out", shard.toString(), "--shard", k + "/3");
            assertEquals(0, run.status(), run.err());
            shards.add(shard.toString());
        }
        List<String> merge = new ArrayList<>(List.of("merge", "--out", temp.resolve("merged").toString()));
        merge.addAll(shards);
        CliRun merged = CliRun.of(merge.toArray(new String[0]));
        assertEquals(0, merged.status(), merged.err());
        assertEquals(contents(temp.resolve("whole")), contents(temp.resolve("merged")));

        CliRun incomplete = CliRun.of("merge", "--out", temp.resolve("partial").toString(), shards.get(0), shards.get(1));
        assertEquals(2, incomplete.status());
        assertTrue(incomplete.err().contains("is in none of the folders"), incomplete.err());
        CliRun twice = CliRun.of("merge", "--out", temp.resolve("twice").toString(), shards.get(0), shards.get(0),
                shards.get(1), shards.get(2));
        assertEquals(2, twice.status());
        assertTrue(twice.err().contains("is in both"), twice.err());
    }

    @Test
    void aRunKilledMidwayAndRerunEndsWithTheCellsOfAnUninterruptedRun() throws Exception {
        String slow = EXPERIMENT.replace("2000", "200000").replace("seeds: 2", "seeds: 3").replace("gtol: 1e-6", "gtol: 1e-300");
        Path spec = Files.writeString(temp.resolve("slow.yaml"), slow);
        Path killed = temp.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", spec.toString(), "--out",
                killed.toString(), "--threads", "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("killed.log").toFile()).start();
        Path cells = killed.resolve("cells");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(cells) < 3 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "the run must still be going when killed: " + Files.readString(temp.resolve("killed.log")));
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        int before = count(cells);
        assertTrue(before >= 3 && before < 27, "killed midway, with " + before + " of 27 cells done");

        CliRun resumed = CliRun.of("run", spec.toString(), "--out", killed.toString());
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains((27 - before) + " run, " + before + " kept"), resumed.out());
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", temp.resolve("straight").toString()).status());
        assertEquals(contents(temp.resolve("straight")), contents(killed));
    }

    private static int count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".csv")).count();
        }
    }

    /** summary.csv, every trace, first-hits file and cell row, without timing columns, keyed by relative path. */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        files.put("summary.csv", RunCommandTest.withoutTimes(Files.readString(folder.resolve("summary.csv"))));
        for (String sub : List.of("traces", "targets", "cells")) {
            try (var list = Files.list(folder.resolve(sub))) {
                for (Path file : list.sorted().toList()) {
                    String text = Files.readString(file);
                    String withHeader = sub.equals("cells") ? steepest.harness.results.SummaryColumn.line(steepest.harness.experiment.Targets.labels()) + "\n" + text : text;
                    files.put(sub + "/" + file.getFileName(), RunCommandTest.withoutTimes(withHeader));
                }
            }
            assertTrue(files.size() > 1);
        }
        return files;
    }
}
