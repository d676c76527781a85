package steepest.harness.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import steepest.harness.catalog.Catalogs;
import steepest.harness.check.Baseline;
import steepest.harness.check.RegressionCheck;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Study;
import steepest.harness.report.ReportWriter;
import steepest.harness.results.SummaryRow;
import steepest.harness.run.Runner;
import steepest.harness.store.ResultsFolder;
import steepest.harness.store.Summaries;
import steepest.harness.verify.Verification;
import steepest.reports.export.Format;
import steepest.reports.style.Column;
import steepest.reports.style.Style;

/**
 * The library facade (public API): run experiments, check them against a baseline, draw their
 * report and verify entries from Java, for example in a JUnit test that gates an optimizer in a
 * user's own build:
 * <pre>{@code
 * Steepest suite = Steepest.onClassPath();          // the suite's entries and the test class path's providers
 * Results results = suite.run("src/test/resources/sign-vs-adam.yaml", Path.of("target/sign-vs-adam"));
 * CheckReport report = suite.check(Path.of("baselines/sign-vs-adam.json"), results);
 * assertTrue(report.passed(), report::describe);
 * }</pre>
 * Every call does what the command line does: the same experiment files, results folders, reports
 * and baselines.
 */
public final class Steepest {

    private final Catalogs catalogs;

    private Steepest(Catalogs catalogs) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    /** The suite's own entries and every provider on the thread's context class path (a user's own). */
    public static Steepest onClassPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new Steepest(Catalogs.onClassPath(loader != null ? loader : Steepest.class.getClassLoader()));
    }

    /** The suite's own entries and those of plugin jars (each a jar or a folder of jars). */
    public static Steepest withPlugins(List<Path> plugins) {
        return new Steepest(Catalogs.withPlugins(plugins));
    }

    /** The catalogs this facade resolves specs against. */
    public Catalogs catalogs() {
        return catalogs;
    }

    /** Runs an experiment file or built-in experiment into {@code out} with the default options. */
    public Results run(String fileOrBuiltin, Path out) throws IOException {
        return run(fileOrBuiltin, out, RunOptions.defaults());
    }

    /**
     * Runs an experiment file or built-in experiment into {@code out}, resuming it if {@code out}
     * holds the same experiment, and returns its typed rows.
     *
     * @throws IllegalArgumentException on a malformed experiment (naming the file, line and field) or a
     *                                  folder of another experiment
     */
    public Results run(String fileOrBuiltin, Path out, RunOptions options) throws IOException {
        Study study = ExperimentParser.study(ExperimentSource.of(fileOrBuiltin), catalogs, options.maxCells());
        List<Cell> cells = study.cells();
        Runner.Tally tally;
        try (ResultsFolder folder = ResultsFolder.open(out, study)) {
            tally = new Runner(options.threads(), false, options.progress()).run(study, cells, folder, "1/1");
            folder.finish(cells);
        }
        return new Results(out, Summaries.read(out.resolve("summary.csv")), tally.ran(), tally.skipped());
    }

    /** The typed rows of an existing results folder. */
    public Results read(Path folder) throws IOException {
        ResultsFolder.hashOf(folder);
        return new Results(folder, Summaries.read(folder.resolve("summary.csv")), 0, 0);
    }

    /**
     * Compares results with a baseline file under the baseline's tolerances.
     *
     * @throws IllegalArgumentException if the baseline does not exist
     */
    public CheckReport check(Path baseline, Results results) throws IOException {
        if (!Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("baseline " + baseline + " does not exist (write it with writeBaseline)");
        }
        Baseline reference = Baseline.read(baseline);
        String experiment = ResultsFolder.experimentOf(results.folder()).name();
        return new CheckReport(baseline.toString(), RegressionCheck.compare(reference,
                Baseline.of(experiment, results.rows(), reference.target(), reference.tolerances())));
    }

    /**
     * Writes a baseline of {@code results} at the ladder target {@code target} (e.g. {@code 1e-6}),
     * keeping the tolerances of an existing baseline file.
     */
    public void writeBaseline(Path baseline, Results results, String target) throws IOException {
        List<SummaryRow> rows = results.rows();
        if (!Summaries.targets(rows).contains(target)) {
            throw new IllegalArgumentException("target " + target + " is not in the ladder " + Summaries.targets(rows));
        }
        Baseline.Tolerances tolerances = Files.exists(baseline) ? Baseline.read(baseline).tolerances()
                : Baseline.Tolerances.DEFAULT;
        Baseline.of(ResultsFolder.experimentOf(results.folder()).name(), rows, target, tolerances).write(baseline);
    }

    /** Draws the report of a results folder into {@code out} in the paper style, as PNG, SVG and PDF. */
    public List<Path> report(Path results, Path out) throws IOException {
        return ReportWriter.write(results, out, Style.paper(Column.SINGLE), Set.of(Format.PNG, Format.SVG, Format.PDF),
                catalogs);
    }

    /** Runs the conformance checks on entries named by spec (as {@code steepest verify} does). */
    public List<Verification.Row> verify(List<String> specs) {
        return new Verification(catalogs).verify(specs);
    }
}
