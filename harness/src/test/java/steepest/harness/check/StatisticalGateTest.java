package steepest.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Study;
import steepest.harness.run.Runner;
import steepest.harness.store.ResultsFolder;
import steepest.harness.store.Summaries;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spi.OptimizerProvider;
import steepest.problems.BuiltinProblems;

/**
 * The statistical gate of {@code check} end to end, on a method with seed noise: SGD with one sample
 * per step on a small least-squares problem, whose gradient evaluations to the target vary by a few
 * percent from seed to seed. Its baseline is taken on the experiment seed 0; each rerun uses a fresh
 * experiment seed, so every cell draws other samples (the seeds are paired by their number, as
 * independent runs of the same method). A hundred reruns of the same code raise no alarm, and every
 * rerun of a version that spends 20% more gradient evaluations (one wasted sample gradient every
 * fifth step, the iterates unchanged) is caught.
 */
class StatisticalGateTest {

    private static final String EXPERIMENT = """
            name: gate
            seed: %d
            seeds: 12
            problems: ["least-squares:dataset=synthetic,n=64,d=4,noise=0"]
            optimizers: ["sgd:lr=0.1,batch=1"]
            budget: {iterations: 3000}
            stop: {target_reduction: 1e-6, check_every: 1}
            record: {per_decade: 2}
            """;
    private static final int RERUNS = 100;
    private static final int SLOWED_RERUNS = 20;
    /** The wrapper wastes one sample gradient every this many steps: 1 / 5 = 20% more. */
    private static final int WASTE_EVERY = 5;

    @TempDir
    Path temp;

    /** SGD as the catalog builds it, but every fifth step first wastes one counted sample gradient. */
    private static final class Slowed implements Optimizer {
        private final Optimizer inner;

        Slowed(Optimizer inner) {
            this.inner = inner;
        }

        @Override
        public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
            Search search = inner.start(oracle, x0, random);
            double[] scratch = new double[x0.length];
            int[] sample = {0};
            return new Search() {
                private long steps;

                @Override
                public boolean step() {
                    if (++steps % WASTE_EVERY == 0) {
                        oracle.batchValueAndGradient(search.x(), sample, 1, scratch);
                    }
                    return search.step();
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

    private Baseline run(long experimentSeed, OptimizerProvider optimizers) throws IOException {
        Catalogs catalogs = Catalogs.of(List.of(optimizers), List.of(new BuiltinProblems()));
        Study study = ExperimentParser.study(new ExperimentSource("gate.yaml", EXPERIMENT.formatted(experimentSeed),
                Optional.empty()), catalogs, ExperimentParser.DEFAULT_MAX_CELLS);
        Path out = temp.resolve("seed" + experimentSeed);
        ResultsFolder folder = ResultsFolder.open(out, study);
        new Runner(1, false, new PrintStream(OutputStream.nullOutputStream())).run(study, study.cells(), folder, "1/1");
        folder.finish(study.cells());
        return Baseline.of("gate", Summaries.read(out.resolve("summary.csv")), "1e-6", Baseline.Tolerances.DEFAULT);
    }

    private static RegressionCheck.Finding evaluations(Baseline reference, Baseline current) {
        return RegressionCheck.compare(reference, current).stream().filter(f -> f.metric().equals("gevals_to_1e-6"))
                .findFirst().orElseThrow();
    }

    @Test
    void freshSeedsRaiseNoFalseAlarmAndATwentyPercentSlowdownIsCaught() throws IOException {
        OptimizerProvider builtin = new BuiltinOptimizers();
        Baseline reference = run(0, builtin);
        double[] costs = reference.entries().get(0).gradients();
        assertTrue(Arrays.stream(costs).allMatch(Double::isFinite), "every seed reaches the target");
        assertTrue(Arrays.stream(costs).distinct().count() > 6, "the costs vary by seed");

        List<RegressionCheck.Finding> alarms = new ArrayList<>();
        for (long seed = 1; seed <= RERUNS; seed++) {
            List<RegressionCheck.Finding> findings = RegressionCheck.compare(reference, run(seed, builtin));
            findings.stream().filter(f -> f.verdict() == RegressionCheck.Verdict.WORSE).forEach(alarms::add);
            assertEquals(RegressionCheck.Basis.PAIRED_TEST, findings.stream()
                    .filter(f -> f.metric().equals("gevals_to_1e-6")).findFirst().orElseThrow().basis());
        }
        assertEquals(List.of(), alarms, "no false alarm in " + RERUNS + " reruns");

        List<CatalogEntry<Optimizer>> slowed = new ArrayList<>();
        for (CatalogEntry<Optimizer> entry : builtin.optimizers()) {
            slowed.add(!entry.name().equals("sgd") ? entry : new CatalogEntry<>(entry.name(), entry.summary(),
                    entry.keys(), args -> new Slowed(entry.factory().apply(args))));
        }
        OptimizerProvider slower = () -> slowed;
        for (long seed = RERUNS + 1; seed <= RERUNS + SLOWED_RERUNS; seed++) {
            RegressionCheck.Finding finding = evaluations(reference, run(seed, slower));
            assertEquals(RegressionCheck.Verdict.WORSE, finding.verdict(), "rerun " + seed + ": " + finding);
            assertTrue(finding.current() > 1.1 * finding.reference(), finding.toString());
        }
    }
}
