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
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Shard;
import steepest.harness.experiment.Study;
import steepest.harness.run.Runner;
import steepest.harness.store.ResultsFolder;

/**
 * {@code steepest run SPEC|NAME}: runs an experiment file or a built-in experiment into a results
 * folder, resuming it if the folder already holds the same experiment (cells whose stored files fail
 * verification are run again, and said so), then draws its convergence figures and prints the
 * paths. The folder is locked for the whole run: a second process is refused, naming the first.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an experiment (a YAML file or a built-in name such as quickstart) into a results folder, "
            + "then draw its convergence figures. Rerunning into the same folder resumes it.")
final class RunCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** How many cells that failed verification the console names. */
    private static final int SHOWN_DEFECTS = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @CommandLine.Parameters(index = "0", paramLabel = "SPEC|NAME",
            description = "An experiment file, or a built-in experiment (see 'steepest list experiments').")
    private String experimentName;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: results/<name>-<timestamp>).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads, one budget (default: the number of cores): one per running cell while cells "
                + "remain to start, then idle threads join the largest running data-parallel cell. Results do not "
                + "depend on it.")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "k/N",
            description = "Run only the k-th of N deterministic parts of the cells (merge the folders with 'steepest merge').")
    private String shardText;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "1000000",
            description = "Refuse experiments of more cells than this (default: ${DEFAULT-VALUE}); counted before "
                + "anything is expanded.")
    private long maxCells;

    @Override
    public Integer call() throws IOException {
        if (maxCells < 1) {
            throw new IllegalArgumentException("--max-cells must be >= 1, got " + maxCells);
        }
        Shard shard = shardText == null ? Shard.ALL : Shard.parse(shardText);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + workers);
        }
        Study study = ExperimentParser.study(ExperimentSource.of(experimentName), main.catalogs(), maxCells);
        Experiment experiment = study.experiment();
        Path folderPath = out != null ? out
                : Path.of("results", experiment.name() + "-" + LocalDateTime.now().format(STAMP)
                        + (shard.count() > 1 ? "-shard" + shard.index() + "of" + shard.count() : ""));
        PrintWriter console = spec.commandLine().getOut();
        List<Cell> experimentCells = experiment.cells();
        List<Cell> cells = shard.of(experimentCells);
        Runner.Tally tally;
        List<Cell> missing;
        List<Path> figures;
        try (ResultsFolder folder = ResultsFolder.open(folderPath, study)) {
            console.println("running " + experiment.name() + (shard.count() > 1 ? " shard " + shard : "") + ": "
                    + cells.size() + " cells on " + workers + (workers == 1 ? " thread" : " threads") + " into " + folderPath);
            List<String> defects = cells.stream().flatMap(c -> folder.defect(c).map(d -> c.id() + " (" + d + ")").stream())
                    .toList();
            if (!defects.isEmpty()) {
                console.println("redoing " + defects.size() + " cells whose stored files failed verification: "
                        + String.join("; ", defects.subList(0, Math.min(SHOWN_DEFECTS, defects.size())))
                        + (defects.size() > SHOWN_DEFECTS ? "; and " + (defects.size() - SHOWN_DEFECTS) + " more" : ""));
            }
            console.flush();
            tally = new Runner(workers, System.console() != null, System.err).run(study, cells, folder, shard.toString());
            missing = folder.finish(cells);
            figures = QuickLook.draw(folder.root(), experimentCells.size(), main.catalogs());
        }
        console.printf("cells: %d run, %d kept from an earlier run, %d converged, %d diverged, %d failed%s%n",
                tally.ran(), tally.skipped(), tally.converged(), tally.diverged(), tally.failed(),
                tally.unsupported() > 0 ? ", " + tally.unsupported() + " unsupported (the optimizer needs what the problem lacks)"
                        : "");
        console.println("results: " + folderPath);
        console.println("summary: " + folderPath.resolve("summary.csv"));
        QuickLook.printPaths(console, folderPath, experimentCells.size(), figures);
        if (!missing.isEmpty() || tally.failed() > 0) {
            spec.commandLine().getErr().println("steepest: " + tally.failed()
                    + " cells failed; see the error column of summary.csv");
            return 1;
        }
        return 0;
    }
}
