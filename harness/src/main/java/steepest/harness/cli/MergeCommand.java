package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import steepest.harness.catalog.PluginJar;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;
import steepest.harness.store.Manifest;
import steepest.harness.store.ResultsFileException;
import steepest.harness.store.ResultsFolder;
import steepest.harness.store.TextFiles;

/**
 * {@code steepest merge DIR... [--out DIR]}: puts shard folders of one experiment back together,
 * refusing folders of different experiments (spec hash, plugin jars, data files), a cell present in
 * two folders, or a cell present in none (a cell whose files fail verification does not count). The
 * sources are read under a shared lock, so none is written meanwhile. The output must be a new or
 * empty folder or an earlier merge of the same experiment, never one of the sources; its default,
 * {@code results/NAME-merged}, is built from a name checked as strictly as an experiment file's.
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
        Map<String, String> dataFiles = ResultsFolder.dataFilesOf(sources.get(0));
        for (Path source : sources) {
            if (!ResultsFolder.pluginsOf(source).equals(plugins)) {
                throw new IllegalArgumentException("merge: " + source + " was run with other plugin jars than "
                        + sources.get(0) + " (see the plugins of their manifest.json)");
            }
            if (!ResultsFolder.dataFilesOf(source).equals(dataFiles)) {
                throw new IllegalArgumentException("merge: " + source + " was run on other data files than "
                        + sources.get(0) + " (see the data_files of their manifest.json)");
            }
        }
        Experiment experiment = ResultsFolder.experimentOf(sources.get(0));
        Path target = out != null ? out : Path.of("results", experiment.name() + "-merged");
        refuseSourceAsTarget(target);
        Map<Path, ResultsFolder> opened = new LinkedHashMap<>();
        try {
            List<ResultsFolder> folders = new ArrayList<>();
            for (Path source : sources) {
                Path key = source.toRealPath();
                if (!opened.containsKey(key)) {
                    opened.put(key, ResultsFolder.existing(source));
                }
                folders.add(opened.get(key));
            }
            return merge(experiment, folders, target, plugins, dataFiles);
        } finally {
            for (ResultsFolder folder : opened.values()) {
                folder.close();
            }
        }
    }

    private int merge(Experiment experiment, List<ResultsFolder> folders, Path target, List<PluginJar> plugins,
                      Map<String, String> dataFiles) throws IOException {
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
                throw new IllegalArgumentException("merge: cell " + cell.id() + " is in none of the folders"
                        + defects(folders, cell));
            }
            owners.add(owner);
        }
        Path sourceFile = folders.get(0).root().resolve("experiment.yaml");
        if (!Files.isRegularFile(sourceFile)) {
            throw new ResultsFileException(sourceFile + ": missing (every results folder keeps its experiment file)");
        }
        String source = TextFiles.read(sourceFile);
        boolean existed = Files.exists(target.resolve(Manifest.FILE));
        PrintWriter console = spec.commandLine().getOut();
        try (ResultsFolder merged = ResultsFolder.open(target, experiment, source, plugins, dataFiles)) {
            if (existed && !merged.isMerged()) {
                throw new IllegalArgumentException("merge: --out " + target + " holds a run of this experiment, not an "
                        + "earlier merge; merge into a new or empty folder");
            }
            for (int i = 0; i < cells.size(); i++) {
                merged.adopt(owners.get(i), cells.get(i));
            }
            merged.noteMergedFrom(folders);
            merged.finish(cells);
        }
        List<Path> figures = QuickLook.draw(target, cells.size(), main.catalogs());
        console.println("merged " + cells.size() + " cells from " + sources.size() + " folders");
        console.println("results: " + target);
        console.println("summary: " + target.resolve("summary.csv"));
        QuickLook.printPaths(console, target, cells.size(), figures);
        return 0;
    }

    /** Refuses to merge into one of the folders being merged. */
    private void refuseSourceAsTarget(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        for (Path source : sources) {
            if (Files.isSameFile(source, target)) {
                throw new IllegalArgumentException("merge: --out " + target + " is one of the folders being merged; "
                        + "merge into a new or empty folder");
            }
        }
    }

    /** Why the folders that hold files of {@code cell} do not count them, for the message. */
    private static String defects(List<ResultsFolder> folders, Cell cell) {
        StringBuilder why = new StringBuilder();
        for (ResultsFolder folder : folders) {
            folder.defect(cell).ifPresent(defect -> why.append(why.length() == 0 ? " (" : "; ").append(folder.root())
                    .append(": ").append(defect));
        }
        return why.length() == 0 ? "" : why.append(')').toString();
    }
}
