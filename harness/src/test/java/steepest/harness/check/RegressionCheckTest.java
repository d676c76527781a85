package steepest.harness.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.cli.Main;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Study;
import steepest.harness.run.Runner;
import steepest.harness.stats.Quantiles;
import steepest.harness.store.ResultsFolder;
import steepest.optimizers.Oracle;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spi.OptimizerProvider;
import steepest.problems.BuiltinProblems;

class RegressionCheckTest {

    private static final String EXPERIMENT = """
            name: gate
            seeds: 2
            problems: ["quadratic:d=10,cond=10", "quadratic:d=30,cond=50"]
            optimizers: [gd:lr=0.1, gd:lr=0.02]
            budget: {iterations: 3000}
            record: {per_decade: 10}
            """;

    @TempDir
    Path temp;

    /** gd as the catalog builds it, but each step first wastes one counted value-and-gradient call. */
    private static final class Wasteful implements Optimizer {
        private final Optimizer inner;

        Wasteful(Optimizer inner) {
            this.inner = inner;
        }

        @Override
        public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
            Search search = inner.start(oracle, x0, random);
            double[] scratch = new double[x0.length];
            return new Search() {
                @Override
                public boolean step() {
                    oracle.valueAndGradient(search.x(), scratch);
                    return search.step();
                }

                @Override
                public double previousValue() {
                    return search.previousValue();
                }

                @Override
                public double[] x() {
                    return search.x();
                }

                @Override
                public Termination termination() {
                    return search.termination();
                }
            };
        }
    }

    private Path run(String name, OptimizerProvider optimizers) throws IOException {
        Catalogs catalogs = Catalogs.of(List.of(optimizers), List.of(new BuiltinProblems()));
        Study study = ExperimentParser.study(new ExperimentSource("gate.yaml", EXPERIMENT, Optional.empty()), catalogs,
                ExperimentParser.DEFAULT_MAX_CELLS);
        Path out = temp.resolve(name);
        try (ResultsFolder folder = ResultsFolder.open(out, study)) {
            new Runner(2, false, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run(study, study.cells(), folder, "1/1");
            folder.finish(study.cells());
        }
        return out;
    }

    private static int check(StringWriter out, String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void passesOnTheBaselineAndFailsOnADegradedOptimizer() throws IOException {
        Path good = run("good", new BuiltinOptimizers());
        Path baseline = temp.resolve("baseline.json");
        StringWriter written = new StringWriter();
        assertEquals(0, check(written, "check", "--update", "--baseline", baseline.toString(), good.toString()));
        assertTrue(written.toString().startsWith("wrote baseline " + baseline + " (4 entries, target 1e-6)"), written.toString());
        Baseline stored = Baseline.read(baseline);
        assertEquals(1.0, stored.entries().get(0).successRate());
        assertTrue(Double.isFinite(stored.entries().get(0).medianGradients()));

        StringWriter same = new StringWriter();
        assertEquals(0, check(same, "check", "--baseline", baseline.toString(), good.toString()));
        assertTrue(same.toString().contains("check: 0 regressions, 0 improvements"), same.toString());

        List<CatalogEntry<Optimizer>> degraded = new ArrayList<>();
        for (CatalogEntry<Optimizer> entry : new BuiltinOptimizers().optimizers()) {
            degraded.add(!entry.name().equals("gd") ? entry : new CatalogEntry<>(entry.name(), entry.summary(),
                    entry.keys(), args -> new Wasteful(entry.factory().apply(args))));
        }
        Path worse = run("worse", () -> degraded);
        StringWriter report = new StringWriter();
        assertEquals(1, check(report, "check", "--baseline", baseline.toString(), worse.toString()));
        assertTrue(report.toString().contains("check: 3 regressions, 0 improvements"), report.toString());
        assertTrue(report.toString().contains("59.0000        118.000"), "twice the evaluations: " + report);
        assertTrue(report.toString().lines().anyMatch(l -> l.startsWith("worse") && l.contains("gevals_to_1e-6")),
                report.toString());
    }

    @Test
    void aBaselineWrittenWithoutPerSeedValuesReadsAndIsJudgedByItsTolerances() throws IOException {
        Baseline committed = Baseline.read(Path.of("src", "test", "resources", "baselines", "ci-regression-0.1.json"));
        assertEquals(0.01, committed.tolerances().alpha(), "the default level where the file has none");
        assertTrue(committed.entries().stream().allMatch(e -> e.seeds().length == 0));
        List<RegressionCheck.Finding> findings = RegressionCheck.compare(committed, committed);
        assertTrue(findings.stream().allMatch(f -> f.verdict() == RegressionCheck.Verdict.SAME
                && f.basis() == RegressionCheck.Basis.TOLERANCE), findings.toString());
    }

    /** An entry of 1 problem and optimizer with per-seed evaluations {@code costs} (gaps 1e-9 each). */
    private static Baseline.Entry seeded(double... costs) {
        long[] seeds = LongStream.range(0, costs.length).toArray();
        double[] gaps = new double[costs.length];
        Arrays.fill(gaps, 1e-9);
        return new Baseline.Entry("p", "a", costs.length, 1, Quantiles.median(costs), 1e-9, seeds, costs, gaps);
    }

    private static double[] scaled(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    private static RegressionCheck.Finding evaluations(double[] before, double[] after) {
        Baseline.Tolerances tolerances = Baseline.Tolerances.DEFAULT;
        return RegressionCheck.compare(new Baseline("x", "1e-6", tolerances, List.of(seeded(before))),
                new Baseline("x", "1e-6", tolerances, List.of(seeded(after)))).stream()
                .filter(f -> f.metric().equals("gevals_to_1e-6")).findFirst().orElseThrow();
    }

    @Test
    void evaluationsThatVaryBySeedAreJudgedByThePairedTestAndTheTolerance() {
        double[] reference = {100, 140, 90, 210, 120, 180, 95, 160, 130, 110};
        RegressionCheck.Finding slower = evaluations(reference, scaled(reference, 1.2));
        assertEquals(RegressionCheck.Verdict.WORSE, slower.verdict());
        assertEquals(RegressionCheck.Basis.PAIRED_TEST, slower.basis());
        assertEquals(Math.pow(2, -10), slower.pValue(), "all ten seeds slower: the exact one-sided p");
        RegressionCheck.Finding faster = evaluations(reference, scaled(reference, 0.8));
        assertEquals(RegressionCheck.Verdict.BETTER, faster.verdict());
        RegressionCheck.Finding withinTolerance = evaluations(reference, scaled(reference, 1.05));
        assertEquals(RegressionCheck.Verdict.SAME, withinTolerance.verdict(), "significant, but within 10%");
        // Half the seeds 30% slower, half 30% faster: the median moves, the test does not reject.
        double[] mixed = reference.clone();
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] *= i % 2 == 0 ? 1.3 : 0.75;
        }
        assertEquals(RegressionCheck.Verdict.SAME, evaluations(reference, mixed).verdict());
    }

    @Test
    void tooFewSeedsOrValuesThatDoNotVaryKeepTheExactTolerances() {
        RegressionCheck.Finding few = evaluations(new double[] {100, 120, 90, 110}, new double[] {130, 156, 117, 143});
        assertEquals(RegressionCheck.Basis.TOO_FEW_SEEDS, few.basis());
        assertEquals(RegressionCheck.Verdict.WORSE, few.verdict(), "the median is 30% above the 10% tolerance");
        RegressionCheck.Finding deterministic = evaluations(new double[] {100, 100, 100, 100, 100, 100, 100, 100},
                new double[] {111, 111, 111, 111, 111, 111, 111, 111});
        assertEquals(RegressionCheck.Basis.TOLERANCE, deterministic.basis());
        assertEquals(RegressionCheck.Verdict.WORSE, deterministic.verdict(), "111 > 1.1 x 100");
    }

    @Test
    void perSeedValuesSurviveWritingAndReadingWithUnreachedRunsAsNull() throws IOException {
        Baseline baseline = new Baseline("x", "1e-6", Baseline.Tolerances.DEFAULT, List.of(new Baseline.Entry("p", "a", 3,
                2 / 3.0, 20, 1e-9, new long[] {0, 1, 2}, new double[] {10, 20, Double.POSITIVE_INFINITY},
                new double[] {1e-9, 2e-9, Double.POSITIVE_INFINITY})));
        Path file = temp.resolve("seeded.json");
        baseline.write(file);
        assertTrue(Files.readString(file).contains("\"gevals_to_target\" : [ 10.0, 20.0, null ]"));
        Baseline.Entry read = Baseline.read(file).entries().get(0);
        assertArrayEquals(new long[] {0, 1, 2}, read.seeds());
        assertArrayEquals(new double[] {10, 20, Double.POSITIVE_INFINITY}, read.gradients());
        assertArrayEquals(new double[] {1e-9, 2e-9, Double.POSITIVE_INFINITY}, read.finalGaps());
    }

    @Test
    void comparesEachMetricUnderTheDeclaredTolerances() {
        Baseline.Tolerances tolerances = new Baseline.Tolerances(1.1, 10, 1e-12, 0, 0.01);
        Baseline reference = new Baseline("x", "1e-6", tolerances, List.of(
                new Baseline.Entry("p", "a", 3, 1.0, 100, 1e-8),
                new Baseline.Entry("p", "b", 3, 2 / 3.0, Double.POSITIVE_INFINITY, 1e-3),
                new Baseline.Entry("p", "gone", 3, 1.0, 10, 0)));
        Baseline current = new Baseline("x", "1e-6", tolerances, List.of(
                new Baseline.Entry("p", "a", 3, 1.0, 109, 5e-8),
                new Baseline.Entry("p", "b", 3, 1.0, 500, 1e-6),
                new Baseline.Entry("p", "new", 3, 1.0, 10, 0)));
        List<RegressionCheck.Finding> findings = RegressionCheck.compare(reference, current);
        assertEquals(List.of(RegressionCheck.Verdict.SAME, RegressionCheck.Verdict.SAME, RegressionCheck.Verdict.SAME,
                        RegressionCheck.Verdict.BETTER, RegressionCheck.Verdict.BETTER, RegressionCheck.Verdict.BETTER,
                        RegressionCheck.Verdict.MISSING, RegressionCheck.Verdict.NEW),
                findings.stream().map(RegressionCheck.Finding::verdict).toList());
        Baseline slower = new Baseline("x", "1e-6", tolerances, List.of(new Baseline.Entry("p", "a", 3, 1.0, 111, 2e-7),
                new Baseline.Entry("p", "b", 3, 1 / 3.0, Double.POSITIVE_INFINITY, 1e-3),
                new Baseline.Entry("p", "gone", 3, 1.0, 10, 0)));
        assertEquals(List.of(RegressionCheck.Verdict.SAME, RegressionCheck.Verdict.WORSE, RegressionCheck.Verdict.WORSE,
                        RegressionCheck.Verdict.WORSE, RegressionCheck.Verdict.SAME, RegressionCheck.Verdict.SAME,
                        RegressionCheck.Verdict.SAME, RegressionCheck.Verdict.SAME, RegressionCheck.Verdict.SAME),
                RegressionCheck.compare(reference, slower).stream().map(RegressionCheck.Finding::verdict).toList());
    }
}
