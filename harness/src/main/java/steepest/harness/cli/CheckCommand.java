package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import steepest.harness.api.CheckReport;
import steepest.harness.check.Baseline;
import steepest.harness.check.RegressionCheck;
import steepest.harness.store.ResultsFolder;
import steepest.harness.store.Summaries;
import steepest.harness.results.SummaryRow;

/**
 * {@code steepest check --baseline FILE RESULTS [--update]}: compares a results folder with a
 * committed baseline and exits 1 on a regression; {@code --update} writes the baseline instead.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare a results folder with a baseline (success rate, median evaluations to the target, "
            + "median final gap) under the baseline's tolerances; a metric that varies by seed is judged by a one-sided "
            + "paired test at the baseline's alpha and the tolerance together; print what got worse and better; exit 1 "
            + "on a regression. With --update, write the baseline (with per-seed values) from the results instead.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "FILE", description = "The baseline JSON file.")
    private Path baselineFile;

    @CommandLine.Parameters(index = "0", paramLabel = "RESULTS", description = "A results folder.")
    private Path results;

    @Option(names = "--update", description = "Write the baseline from RESULTS (keeping its tolerances if it exists).")
    private boolean update;

    @Option(names = "--target", paramLabel = "TAU", defaultValue = "1e-6",
            description = "With --update: the relative target of the ladder (default: ${DEFAULT-VALUE}).")
    private String target;

    @Override
    public Integer call() throws IOException {
        ResultsFolder.hashOf(results);
        List<SummaryRow> summary = Summaries.read(results.resolve("summary.csv"));
        String experiment = ResultsFolder.experimentOf(results).name();
        PrintWriter out = spec.commandLine().getOut();
        if (update) {
            if (!Summaries.targets(summary).contains(target)) {
                throw new IllegalArgumentException("--target " + target + " is not in the ladder " + Summaries.targets(summary));
            }
            Baseline.Tolerances tolerances = Files.exists(baselineFile) ? Baseline.read(baselineFile).tolerances()
                    : Baseline.Tolerances.DEFAULT;
            Baseline baseline = Baseline.of(experiment, summary, target, tolerances);
            baseline.write(baselineFile);
            out.println("wrote baseline " + baselineFile + " (" + baseline.entries().size() + " entries, target " + target
                    + ")");
            return 0;
        }
        if (!Files.isRegularFile(baselineFile)) {
            throw new IllegalArgumentException("--baseline " + baselineFile + " does not exist (create it with --update)");
        }
        Baseline reference = Baseline.read(baselineFile);
        CheckReport report = new CheckReport(baselineFile.toString(), RegressionCheck.compare(reference,
                Baseline.of(experiment, summary, reference.target(), reference.tolerances())));
        out.println(report.describe());
        return report.passed() ? 0 : 1;
    }
}
