package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import steepest.harness.catalog.PluginJar;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;
import steepest.harness.store.ResultsFolder;

/**
 * {@code steepest merge DIR... [--out DIR]}: puts shard folders of one experiment back together,
 * refusing folders of different experiments (spec hash), a cell present in two folders, or a cell
 * present in none.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge results folders of shards of one experiment (run with --shard k/N) into one. "
            + "All must share the spec hash; every cell must be in exactly one of them.")
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @CommandLine.Parameters(arity = "1..*", paramLabel = "DIR", description = "The shard folders.")
    private List<Path> sources;

    @Option(names = "--out", paramLabel = "DIR", description = "The merged folder (default: results/<name>-merged).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        String hash = ResultsFolder.hashOf(sources.get(0));
        for (Path source : sources) {
            if (!ResultsFolder.hashOf(source).equals(hash)) {
                throw new IllegalArgumentException("merge: " + source + " holds another experiment than "
                        + sources.get(0) + " (spec hash differs)");
            }
        }
        List<PluginJar> plugins = ResultsFolder.pluginsOf(sources.get(0));
        for (Path source : sources) {
            if (!ResultsFolder.pluginsOf(source).equals(plugins)) {
                throw new IllegalArgumentException("merge: " + source + " was run with other plugin jars than "
                        + sources.get(0) + " (see the plugins of their manifest.json)");
            }
        }
        Experiment experiment = ResultsFolder.experimentOf(sources.get(0));
        List<ResultsFolder> folders = new ArrayList<>();
        for (Path source : sources) {
            folders.add(ResultsFolder.existing(source));
        }
        List<Set<String>> present = new ArrayList<>();
        for (ResultsFolder folder : folders) {
            present.add(folder.presentCells());
        }
        List<Cell> cells = experiment.cells();
        List<ResultsFolder> owners = new ArrayList<>();
        for (Cell cell : cells) {
            ResultsFolder owner = null;
            String id = cell.id();
            for (int f = 0; f < folders.size(); f++) {
                ResultsFolder folder = folders.get(f);
                if (present.get(f).contains(id) && folder.isComplete(cell)) {
                    if (owner != null) {
                        throw new IllegalArgumentException("merge: cell " + cell.id() + " is in both " + owner.root()
                                + " and " + folder.root());
                    }
                    owner = folder;
                }
            }
            if (owner == null) {
                throw new IllegalArgumentException("merge: cell " + cell.id() + " is in none of the folders");
            }
            owners.add(owner);
        }
        Path target = out != null ? out : Path.of("results", experiment.name() + "-merged");
        String source = Files.readString(sources.get(0).resolve("experiment.yaml"), StandardCharsets.UTF_8);
        ResultsFolder merged = ResultsFolder.open(target, experiment, source, plugins);
        for (int i = 0; i < cells.size(); i++) {
            merged.adopt(owners.get(i), cells.get(i));
        }
        merged.noteMergedFrom(sources);
        merged.finish(cells);
        List<Path> figures = QuickLook.draw(merged.root(), cells.size(), main.catalogs());
        PrintWriter console = spec.commandLine().getOut();
        console.println("merged " + cells.size() + " cells from " + sources.size() + " folders");
        console.println("results: " + merged.root());
        console.println("summary: " + merged.root().resolve("summary.csv"));
        QuickLook.printPaths(console, merged.root(), cells.size(), figures);
        return 0;
    }
}
