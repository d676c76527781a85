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
import steepest.harness.experiment.Experiment;
import steepest.harness.experiment.ExperimentLoader;
import steepest.harness.experiment.TuningPlan;
import steepest.harness.report.ReportWriter;
import steepest.harness.run.Runner;
import steepest.harness.stats.Group;
import steepest.harness.store.Csv;
import steepest.harness.store.CsvTable;
import steepest.harness.store.ResultsFolder;
import steepest.optimizers.Optimizers;
import steepest.reports.export.AtomicFiles;

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

    @CommandLine.Parameters(index = "0", paramLabel = "SPEC|NAME", description = "A tuning file (an experiment with a tune section).")
    private String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<name>-tune-<timestamp>).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Cells run in parallel (default: the number of cores).")
    private Integer threads;

    @Override
    public Integer call() throws IOException {
        TuningPlan plan = ExperimentLoader.loadTuning(name);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path root = out != null ? out : Path.of("results", plan.base().name() + "-tune-" + LocalDateTime.now().format(STAMP));
        String source = ExperimentLoader.sourceText(name);
        PrintWriter console = spec.commandLine().getOut();
        Runner runner = new Runner(workers, System.console() != null, System.err, Optimizers.catalog());

        Experiment trials = plan.trials();
        console.println("tuning " + plan.base().name() + ": " + trials.cells().size() + " trial cells on " + workers + " threads");
        console.flush();
        ResultsFolder trialFolder = ResultsFolder.open(root.resolve("trials"), trials, source);
        runner.run(trials, trials.cells(), trialFolder, "1/1");
        trialFolder.finish(trials.cells());
        List<Group> groups = Group.of(CsvTable.read(trialFolder.root().resolve("summary.csv")));
        List<TuningPlan.Choice> choices = plan.choose(groups);

        Experiment finals = plan.finals(choices);
        console.println("final runs: " + finals.cells().size() + " cells (chosen and default settings on fresh seeds)");
        console.flush();
        ResultsFolder finalFolder = ResultsFolder.open(root.resolve("final"), finals, source);
        runner.run(finals, finals.cells(), finalFolder, "1/1");
        finalFolder.finish(finals.cells());
        List<Path> figures = ReportWriter.quickLook(finalFolder.root());

        writeTable(root.resolve("tuning.csv"), plan, groups, choices);
        for (TuningPlan.Choice choice : choices) {
            console.printf("chose %-28s for %-24s (%s = %s)%n", choice.chosen(), choice.problem(), plan.criterion(),
                    Csv.real(choice.value()));
        }
        console.println("trials:  " + trialFolder.root());
        console.println("final:   " + finalFolder.root());
        console.println("tuning:  " + root.resolve("tuning.csv"));
        ReportWriter.printPaths(console, figures);
        return 0;
    }

    /** One row per trial pair with its criterion (the chosen one marked), then the default (its value if it was a trial). */
    private static void writeTable(Path file, TuningPlan plan, List<Group> groups, List<TuningPlan.Choice> choices)
            throws IOException {
        StringBuilder csv = new StringBuilder("problem,family,optimizer,role,criterion,value\n");
        for (TuningPlan.Choice choice : choices) {
            String family = plan.families().get(choice.family());
            for (String candidate : plan.candidates().get(choice.family())) {
                Group group = groups.stream().filter(g -> g.problem().equals(choice.problem())
                        && g.optimizer().equals(candidate)).findFirst().orElseThrow();
                String role = candidate.equals(choice.chosen()) ? "chosen" : "trial";
                csv.append(Csv.text(choice.problem())).append(',').append(family).append(',').append(Csv.text(candidate))
                        .append(',').append(role).append(',').append(plan.criterion()).append(',')
                        .append(Csv.real(plan.criterion(group))).append('\n');
            }
            String fallback = plan.defaults().get(choice.family());
            String value = groups.stream().filter(g -> g.problem().equals(choice.problem()) && g.optimizer().equals(fallback))
                    .findFirst().map(g -> Csv.real(plan.criterion(g))).orElse("");
            csv.append(Csv.text(choice.problem())).append(',').append(family).append(',')
                    .append(Csv.text(fallback)).append(",default,").append(plan.criterion()).append(',').append(value)
                    .append('\n');
        }
        AtomicFiles.writeString(file, csv.toString());
    }
}
