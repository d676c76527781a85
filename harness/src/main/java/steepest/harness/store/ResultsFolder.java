package steepest.harness.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import steepest.harness.catalog.PluginJar;
import steepest.harness.experiment.Cell;
import steepest.harness.experiment.Experiment;
import steepest.harness.experiment.Study;
import steepest.harness.experiment.Targets;
import steepest.harness.results.SummaryColumn;
import steepest.reports.export.AtomicFiles;

/**
 * One experiment's results folder:
 * <pre>
 *   manifest.json        the experiment as run, its hash, provenance, start and end times
 *   experiment.yaml      the experiment file as given
 *   summary.csv          one row per cell, in cell order
 *   traces/ID.csv        the recorded iterations of each cell
 *   targets/ID.csv       the first hits of COCO's absolute targets, for each cell with a known f*
 *   cells/ID.csv         each cell's summary row: written last, it marks the cell complete
 *   figures/             charts
 * </pre>
 * Every write is atomic. Opening a folder that holds the same experiment (same hash) resumes it:
 * complete cells are kept, the others rerun. A folder of another experiment, or a non-empty folder
 * without a manifest, is refused.
 */
public final class ResultsFolder {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LENIENT = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path root;
    private final ObjectNode manifest;

    private ResultsFolder(Path root, ObjectNode manifest) {
        this.root = root;
        this.manifest = manifest;
    }

    /**
     * Creates or resumes the folder for {@code study}.
     *
     * @throws IllegalArgumentException if the folder belongs to another experiment, or was run with a
     *                                  plugin jar that is now missing or changed
     */
    public static ResultsFolder open(Path root, Study study) throws IOException {
        return open(root, study.experiment(), study.sourceText(), study.catalogs().plugins());
    }

    /**
     * Creates or resumes the folder for {@code experiment}, run with {@code plugins}.
     *
     * @param sourceText the experiment file's text, kept beside the manifest
     */
    public static ResultsFolder open(Path root, Experiment experiment, String sourceText, List<PluginJar> plugins)
            throws IOException {
        Path manifestFile = root.resolve("manifest.json");
        if (Files.exists(manifestFile)) {
            ObjectNode manifest = (ObjectNode) JSON.readTree(manifestFile.toFile());
            String hash = manifest.path("spec_hash").asText();
            if (!hash.equals(experiment.hash())) {
                throw new IllegalArgumentException("results folder " + root + " holds experiment '"
                        + manifest.path("experiment").asText() + "' with spec hash " + abbreviate(hash)
                        + ", not this one (" + abbreviate(experiment.hash()) + "); refusing to overwrite it: choose another --out");
            }
            checkPlugins(root, manifest.path("plugins"), plugins);
            ResultsFolder folder = new ResultsFolder(root, manifest);
            folder.removeTemporaryFiles();
            return folder;
        }
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                if (entries.iterator().hasNext()) {
                    throw new IllegalArgumentException("results folder " + root
                            + " is not empty and has no manifest.json; refusing to write into it: choose another --out");
                }
            }
        }
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("experiment", experiment.name());
        manifest.put("description", experiment.description());
        manifest.put("spec_hash", experiment.hash());
        manifest.set("spec", JSON.readTree(experiment.canonicalJson()));
        manifest.put("cells", experiment.cells().size());
        manifest.setAll(Provenance.describe());
        ArrayNode jars = manifest.putArray("plugins");
        for (PluginJar jar : plugins) {
            ObjectNode entry = jars.addObject();
            entry.put("file", jar.fileName());
            entry.put("sha256", jar.sha256());
            entry.put("implementation_version", jar.implementationVersion());
        }
        manifest.put("started", Instant.now().toString());
        manifest.putArray("runs");
        ResultsFolder folder = new ResultsFolder(root, manifest);
        AtomicFiles.writeString(root.resolve("experiment.yaml"), sourceText);
        folder.writeManifest();
        return folder;
    }

    /**
     * Refuses to resume a folder whose cells were computed with a plugin jar that is not loaded now,
     * or is loaded with other bytes: a changed optimizer must not be mixed silently with old cells.
     */
    private static void checkPlugins(Path root, JsonNode recorded, List<PluginJar> loaded) {
        for (JsonNode entry : recorded) {
            String file = entry.path("file").asText();
            String sha256 = entry.path("sha256").asText();
            PluginJar now = loaded.stream().filter(jar -> jar.fileName().equals(file)).findFirst().orElse(null);
            if (now == null) {
                throw new IllegalArgumentException("results folder " + root + " was run with plugin " + file
                        + ", which is not loaded now; resume with --plugin pointing at the same jar");
            }
            if (!now.sha256().equals(sha256)) {
                throw new IllegalArgumentException("results folder " + root + " was run with plugin " + file
                        + " (sha256 " + abbreviate(sha256) + "), and " + now.path() + " has changed (sha256 "
                        + abbreviate(now.sha256()) + "); refusing to mix its cells: choose another --out");
            }
        }
    }

    /** The folder. */
    public Path root() {
        return root;
    }

    /**
     * Whether {@code cell} is complete: its summary row was written, whole (a row ends with a line
     * break; a file an operating-system crash left empty does not count).
     */
    public boolean isComplete(Cell cell) {
        Path file = cellFile(cell);
        try {
            long size = Files.size(file);
            if (size == 0) {
                return false;
            }
            try (var channel = java.nio.channels.FileChannel.open(file)) {
                java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
                channel.read(last, size - 1);
                return last.get(0) == '\n';
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** The trace file of a cell. */
    public Path traceFile(Cell cell) {
        return root.resolve("traces").resolve(cell.id() + ".csv");
    }

    /** The first hits of COCO's absolute targets of a cell (written when its f* is known). */
    public Path targetsFile(Cell cell) {
        return root.resolve("targets").resolve(cell.id() + ".csv");
    }

    /** The figures folder. */
    public Path figures() {
        return root.resolve("figures");
    }

    /** Stores a finished cell: its trace and first hits, then its summary row (which marks it complete). */
    public void store(CellOutcome outcome) throws IOException {
        AtomicFiles.writeString(traceFile(outcome.cell()), outcome.traceCsv());
        Optional<String> targets = outcome.targetsCsv();
        if (targets.isPresent()) {
            AtomicFiles.writeString(targetsFile(outcome.cell()), targets.get());
        }
        AtomicFiles.writeString(cellFile(outcome.cell()), outcome.summaryRow() + "\n");
    }

    /**
     * Notes the start of a run (a first run or a resume) in the manifest.
     *
     * @param shard "k/N" when only a shard of the cells runs, else "1/1"
     */
    public synchronized void beginRun(int threads, int pendingCells, String shard) throws IOException {
        ObjectNode run = ((ArrayNode) manifest.withArray("runs")).addObject();
        run.put("started", Instant.now().toString());
        run.put("threads", threads);
        run.put("shard", shard);
        run.put("cells_to_run", pendingCells);
        writeManifest();
    }

    /**
     * The experiment this folder holds, rebuilt from its manifest. Lenient, so that folders written
     * by an earlier version still report: unknown fields are ignored and missing ones take their
     * defaults. Identity (resume, merge) is decided by the stored spec hash, not by this value.
     */
    public static Experiment experimentOf(Path root) throws IOException {
        JsonNode manifest = JSON.readTree(root.resolve("manifest.json").toFile());
        return LENIENT.treeToValue(manifest.get("spec"), Experiment.class);
    }

    /** The plugin jars a folder's manifest records (none for a folder of built-ins only). */
    public static List<PluginJar> pluginsOf(Path root) throws IOException {
        List<PluginJar> plugins = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(root.resolve("manifest.json").toFile()).path("plugins")) {
            plugins.add(new PluginJar(Path.of(entry.path("file").asText()), entry.path("sha256").asText(),
                    entry.path("implementation_version").asText()));
        }
        return plugins;
    }

    /** The manifest's spec hash of the folder {@code root}. */
    public static String hashOf(Path root) throws IOException {
        Path file = root.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(root + " is not a results folder (no manifest.json)");
        }
        return JSON.readTree(file.toFile()).path("spec_hash").asText();
    }

    /** Copies a complete cell (trace, first hits and summary row) from another folder of the same experiment. */
    public void adopt(ResultsFolder source, Cell cell) throws IOException {
        Path trace = source.traceFile(cell);
        if (Files.exists(trace)) {
            AtomicFiles.writeString(traceFile(cell), Files.readString(trace, StandardCharsets.UTF_8));
        }
        Path targets = source.targetsFile(cell);
        if (Files.exists(targets)) {
            AtomicFiles.writeString(targetsFile(cell), Files.readString(targets, StandardCharsets.UTF_8));
        }
        AtomicFiles.writeString(cellFile(cell), Files.readString(source.cellFile(cell), StandardCharsets.UTF_8));
    }

    /** Records in the manifest where a merged folder's cells came from. */
    public synchronized void noteMergedFrom(List<Path> sources) throws IOException {
        ArrayNode from = manifest.putArray("merged_from");
        for (Path source : sources) {
            ObjectNode entry = from.addObject();
            entry.put("folder", source.toString());
            entry.set("runs", JSON.readTree(source.resolve("manifest.json").toFile()).path("runs"));
        }
        writeManifest();
    }

    /** Opens an existing folder read-only (for merging). */
    public static ResultsFolder existing(Path root) throws IOException {
        hashOf(root);
        return new ResultsFolder(root, (ObjectNode) JSON.readTree(root.resolve("manifest.json").toFile()));
    }

    /**
     * Writes summary.csv from the complete cells in cell order and closes the current run in the
     * manifest.
     *
     * @return the cells still incomplete (empty when the experiment is done)
     */
    public synchronized List<Cell> finish(List<Cell> cells) throws IOException {
        List<Cell> missing = new ArrayList<>();
        StringBuilder summary = new StringBuilder(SummaryColumn.line(Targets.labels())).append('\n');
        for (Cell cell : cells) {
            if (isComplete(cell)) {
                summary.append(Files.readString(cellFile(cell), StandardCharsets.UTF_8));
            } else {
                missing.add(cell);
            }
        }
        AtomicFiles.writeString(root.resolve("summary.csv"), summary.toString());
        JsonNode runs = manifest.withArray("runs");
        if (!runs.isEmpty()) {
            ((ObjectNode) runs.get(runs.size() - 1)).put("finished", Instant.now().toString());
        }
        if (missing.isEmpty()) {
            manifest.put("finished", Instant.now().toString());
        }
        writeManifest();
        return missing;
    }

    private Path cellFile(Cell cell) {
        return root.resolve("cells").resolve(cell.id() + ".csv");
    }

    private void writeManifest() throws IOException {
        AtomicFiles.writeString(root.resolve("manifest.json"), JSON.writeValueAsString(manifest) + "\n");
    }

    private void removeTemporaryFiles() throws IOException {
        for (Path folder : List.of(root, root.resolve("traces"), root.resolve("targets"), root.resolve("cells"),
                root.resolve("figures"))) {
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, ".*.tmp*")) {
                    for (Path file : stale) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
