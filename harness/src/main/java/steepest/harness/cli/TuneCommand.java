package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.TuningParser;
import steepest.harness.experiment.TuningPlan;
import steepest.harness.report.ReportWriter;
import steepest.harness.run.Runner;
import steepest.harness.store.Csv;
import steepest.harness.tune.Tuner;

/**
 * {@code steepest tune SPEC|NAME}: runs the trials of a tuning into {@code OUT/trials}, chooses per
 * (problem, optimizer family) by the declared criterion, runs the choices and the defaults on fresh
 * seeds into {@code OUT/final}, and writes every trial's criterion and the choices to
 * {@code OUT/tuning.csv}. Rerunning into the same folder resumes both phases.
 */
@Command(name = "tune", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Tune hyperparameters: try each optimizer family's grid or random draws on tuning seeds, "
            + "pick by the declared criterion, rerun the choice and the defaults on fresh seeds. "
            + "Writes OUT/trials, OUT/final (results folders) and OUT/tuning.csv.")
final class TuneCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @CommandLine.Parameters(index = "0", paramLabel = "SPEC|NAME", description = "A tuning file (an experiment with a tune section).")
    private String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<name>-tune-<timestamp>).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads, shared by the cells running side by side "
            + "and the threads inside them, as for run (default: the number of cores).")
    private Integer threads;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "1000000",
            description = "Refuse tunings of more trial cells than this (default: ${DEFAULT-VALUE}).")
    private long maxCells;

    @Override
    public Integer call() throws IOException {
        if (maxCells < 1) {
            throw new IllegalArgumentException("--max-cells must be >= 1, got " + maxCells);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + workers);
        }
        ExperimentSource source = ExperimentSource.of(name);
        TuningPlan plan = TuningParser.plan(source, main.catalogs(), maxCells);
        Path root = out != null ? out : Path.of("results", plan.base().name() + "-tune-" + LocalDateTime.now().format(STAMP));
        PrintWriter console = spec.commandLine().getOut();
        Runner runner = new Runner(workers, System.console() != null, System.err);
        Tuner.Outcome outcome = new Tuner(plan, source.text(), main.catalogs()).run(root, runner, console);
        List<Path> figures = ReportWriter.quickLook(outcome.finals(), main.catalogs());
        for (TuningPlan.Choice choice : outcome.choices()) {
            console.printf("chose %-28s for %-24s (%s = %s)%n", choice.chosen(), choice.problem(), plan.criterion(),
                    Csv.real(choice.value()));
        }
        console.println("trials:  " + outcome.trials());
        console.println("final:   " + outcome.finals());
        console.println("tuning:  " + outcome.table());
        ReportWriter.printPaths(console, figures);
        return 0;
    }
}
