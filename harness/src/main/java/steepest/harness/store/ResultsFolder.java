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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 *   manifest.json        the experiment as run, its hash, provenance, plugin jars and data files
 *                        with their SHA-256, start and end times
 *   experiment.yaml      the experiment file as given
 *   summary.csv          one row per cell, in cell order
 *   traces/ID.csv        the recorded iterations of each cell
 *   targets/ID.csv       the first hits of COCO's absolute targets, for each cell with a known f*
 *   checksums/ID.sha256  the SHA-256 of the cell's trace, first hits and row (sha256sum's format)
 *   cells/ID.csv         each cell's summary row: written last, it marks the cell complete
 *   .steepest.lock       held by the process that writes the folder
 * </pre>
 * Every write is atomic. A writer holds the folder's exclusive lock ({@link FolderLock}) from
 * {@link #open} to {@link #close}, so two processes never write one folder: the second is refused,
 * naming the first. Opening a folder that holds the same experiment (same hash, same plugin jars,
 * same data files) resumes it: a cell is kept only if its files verify ({@link #defect}), the others
 * rerun. A folder of another experiment, or a non-empty folder without a manifest, is refused.
 */
public final class ResultsFolder implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SOURCE = "experiment.yaml";
    private static final String COMPLETE = "";

    private final Path root;
    private final ObjectNode manifest;
    private final FolderLock lock;
    /** Verdicts already reached: {@link #COMPLETE} or why a cell is not, by cell index. */
    private final Map<Integer, String> verdicts = new ConcurrentHashMap<>();

    private ResultsFolder(Path root, ObjectNode manifest, FolderLock lock) {
        this.root = root;
        this.manifest = manifest;
        this.lock = lock;
    }

    /**
     * Creates or resumes the folder for {@code study}, holding its lock until {@link #close}.
     *
     * @throws IllegalArgumentException if another process writes the folder, or it belongs to another
     *                                  experiment, or was run with a plugin jar or data file that is
     *                                  now missing or changed
     */
    public static ResultsFolder open(Path root, Study study) throws IOException {
        return open(root, study.experiment(), study.sourceText(), study.catalogs().plugins(),
                DataFiles.of(study.experiment().problems()));
    }

    /**
     * Creates or resumes the folder for {@code experiment}, run with {@code plugins} on
     * {@code dataFiles}, holding its lock until {@link #close}.
     *
     * @param sourceText the experiment file's text, kept beside the manifest
     * @param dataFiles  the SHA-256 of each data file, by path ({@link DataFiles#of})
     */
    public static ResultsFolder open(Path root, Experiment experiment, String sourceText, List<PluginJar> plugins,
                                     Map<String, String> dataFiles) throws IOException {
        if (Files.isDirectory(root) && !Files.exists(root.resolve(FolderLock.FILE))
                && !Files.exists(root.resolve(Manifest.FILE))) {
            refuseForeignEntries(root);   // before the lock file is made, so a foreign folder is left as it was
        }
        FolderLock lock = FolderLock.exclusive(root);
        try {
            ResultsFolder folder = Files.exists(root.resolve(Manifest.FILE))
                    ? resume(root, experiment, plugins, dataFiles, lock)
                    : create(root, experiment, plugins, dataFiles, lock);
            folder.removeTemporaryFiles();
            if (!Files.exists(root.resolve(SOURCE))) {
                AtomicFiles.writeString(root.resolve(SOURCE), sourceText);
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static ResultsFolder resume(Path root, Experiment experiment, List<PluginJar> plugins,
                                        Map<String, String> dataFiles, FolderLock lock) throws IOException {
        Manifest manifest = Manifest.read(root);
        String hash = manifest.specHash();
        if (!hash.equals(experiment.hash())) {
            throw new IllegalArgumentException("results folder " + root + " holds experiment '"
                    + manifest.experimentName() + "' with spec hash " + abbreviate(hash) + ", not this one ("
                    + abbreviate(experiment.hash()) + "); refusing to overwrite it: choose another --out");
        }
        manifest.experiment();   // the whole manifest must read before anything is added to the folder
        checkPlugins(root, manifest.plugins(), plugins);
        DataFiles.checkUnchanged(root, manifest.dataFiles(), dataFiles);
        return new ResultsFolder(root, manifest.node(), lock);
    }

    private static ResultsFolder create(Path root, Experiment experiment, List<PluginJar> plugins,
                                        Map<String, String> dataFiles, FolderLock lock) throws IOException {
        refuseForeignEntries(root);
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
        ArrayNode data = manifest.putArray("data_files");
        dataFiles.forEach((file, sha256) -> data.addObject().put("file", file).put("sha256", sha256));
        manifest.put("started", Instant.now().toString());
        manifest.putArray("runs");
        ResultsFolder folder = new ResultsFolder(root, manifest, lock);
        folder.writeManifest();
        return folder;
    }

    /**
     * Opens an existing folder to read it whole (a merge's source), holding a shared lock until
     * {@link #close} so that no run writes it meanwhile.
     *
     * @throws IllegalArgumentException if it is not a readable results folder, or a process writes it now
     */
    public static ResultsFolder existing(Path root) throws IOException {
        FolderLock lock = FolderLock.shared(root);
        try {
            return new ResultsFolder(root, Manifest.read(root).node(), lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Releases the folder's lock. */
    @Override
    public void close() throws IOException {
        lock.close();
    }

    /**
     * Refuses to resume a folder whose cells were computed with a plugin jar that is not loaded now,
     * or is loaded with other bytes: a changed optimizer must not be mixed silently with old cells.
     */
    private static void checkPlugins(Path root, List<PluginJar> recorded, List<PluginJar> loaded) {
        for (PluginJar entry : recorded) {
            String file = entry.fileName();
            PluginJar now = loaded.stream().filter(jar -> jar.fileName().equals(file)).findFirst().orElse(null);
            if (now == null) {
                throw new IllegalArgumentException("results folder " + root + " was run with plugin " + file
                        + ", which is not loaded now; resume with --plugin pointing at the same jar");
            }
            if (!now.sha256().equals(entry.sha256())) {
                throw new IllegalArgumentException("results folder " + root + " was run with plugin " + file
                        + " (sha256 " + abbreviate(entry.sha256()) + "), and " + now.path() + " has changed (sha256 "
                        + abbreviate(now.sha256()) + "); refusing to mix its cells: choose another --out");
            }
        }
    }

    /** The folder. */
    public Path root() {
        return root;
    }

    /** Whether {@code cell} is complete: its files are all there and verify ({@link #defect} is empty). */
    public boolean isComplete(Cell cell) {
        return verdict(cell).equals(COMPLETE);
    }

    /**
     * Why a cell whose row was written does not count as complete, or empty if it does or has no row
     * at all (never run). It counts only if its row parses as a summary row of this cell, its trace
     * exists, and both match the SHA-256 recorded in its checksum file: a row or trace torn by a
     * crash, edited, truncated or deleted is found here, and the cell is run again.
     */
    public Optional<String> defect(Cell cell) {
        String verdict = verdict(cell);
        return verdict.equals(COMPLETE) || !Files.exists(cellFile(cell)) ? Optional.empty() : Optional.of(verdict);
    }

    private String verdict(Cell cell) {
        String known = verdicts.get(cell.index());
        if (known != null) {
            return known;
        }
        String verdict;
        try {
            verdict = verify(cell);
        } catch (IOException e) {
            verdict = "unreadable (" + e.getMessage() + ")";
        }
        verdicts.put(cell.index(), verdict);
        return verdict;
    }

    private String verify(Cell cell) throws IOException {
        Path rowFile = cellFile(cell);
        if (!Files.isRegularFile(rowFile)) {
            return "no row";
        }
        byte[] row = Files.readAllBytes(rowFile);
        String text = new String(row, StandardCharsets.UTF_8);
        if (text.isEmpty() || text.indexOf('\n') != text.length() - 1) {
            return "its row in " + relative(rowFile) + " is not one whole line";
        }
        try {
            String id = Summaries.row(text.substring(0, text.length() - 1), relative(rowFile) + ":1").cell();
            if (!id.equals(cell.id())) {
                return "its row in " + relative(rowFile) + " is of cell '" + ResultsFileException.excerpt(id, 60) + "'";
            }
        } catch (ResultsFileException e) {
            return "its row does not parse: " + e.getMessage();
        }
        Path sums = checksumFile(cell);
        if (!Files.isRegularFile(sums)) {
            return "it has no " + relative(sums) + " (an interrupted write, or a folder of an earlier version)";
        }
        Map<String, String> recorded = Checksums.parse(new String(Files.readAllBytes(sums), StandardCharsets.UTF_8));
        if (recorded == null || !recorded.containsKey(traceName(cell)) || !recorded.containsKey(rowName(cell))) {
            return relative(sums) + " is not lines 'SHA-256  file' for its trace and row";
        }
        if (!recorded.get(rowName(cell)).equals(DataFiles.sha256(row))) {
            return "its row differs from its checksum";
        }
        Path trace = traceFile(cell);
        if (!Files.isRegularFile(trace)) {
            return "its trace " + relative(trace) + " is missing";
        }
        if (!recorded.get(traceName(cell)).equals(DataFiles.sha256(trace))) {
            return "its trace " + relative(trace) + " differs from its checksum";
        }
        String targetSum = recorded.get(targetsName(cell));
        if (targetSum != null) {
            Path targets = targetsFile(cell);
            if (!Files.isRegularFile(targets)) {
                return "its first hits " + relative(targets) + " are missing";
            }
            if (!targetSum.equals(DataFiles.sha256(targets))) {
                return "its first hits " + relative(targets) + " differ from their checksum";
            }
        }
        return COMPLETE;
    }

    /** The SHA-256 of a cell's files, one line each in the format of {@code sha256sum} (run from the folder). */
    private static final class Checksums {

        private Checksums() {
        }

        static String format(Map<String, String> sums) {
            StringBuilder text = new StringBuilder();
            sums.forEach((name, sum) -> text.append(sum).append("  ").append(name).append('\n'));
            return text.toString();
        }

        /** The recorded sums by file name, or null if the text is not what {@link #format} writes. */
        static Map<String, String> parse(String text) {
            if (text.isEmpty() || !text.endsWith("\n")) {
                return null;
            }
            Map<String, String> sums = new java.util.LinkedHashMap<>();
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-f]{64}")
                        || !line.startsWith("  ", 64)) {
                    return null;
                }
                sums.put(line.substring(66), line.substring(0, 64));
            }
            return sums;
        }
    }

    /** The trace file of a cell. */
    public Path traceFile(Cell cell) {
        return root.resolve(traceName(cell));
    }

    /** The first hits of COCO's absolute targets of a cell (written when its f* is known). */
    public Path targetsFile(Cell cell) {
        return root.resolve(targetsName(cell));
    }

    /** The figures folder. */
    public Path figures() {
        return root.resolve("figures");
    }

    /**
     * Stores a finished cell: its trace and first hits, the checksums of those and of the row, then
     * its row (which marks it complete). A crash between any two writes leaves a cell that fails
     * verification and reruns.
     */
    public void store(CellOutcome outcome) throws IOException {
        Cell cell = outcome.cell();
        String trace = outcome.traceCsv();
        Optional<byte[]> targets = outcome.targetsCsv().map(text -> text.getBytes(StandardCharsets.UTF_8));
        String row = outcome.summaryRow() + "\n";
        write(cell, trace.getBytes(StandardCharsets.UTF_8), targets, row.getBytes(StandardCharsets.UTF_8));
    }

    private void write(Cell cell, byte[] trace, Optional<byte[]> targets, byte[] row) throws IOException {
        verdicts.remove(cell.index());
        AtomicFiles.writeString(traceFile(cell), new String(trace, StandardCharsets.UTF_8));
        Map<String, String> sums = new java.util.LinkedHashMap<>();
        sums.put(traceName(cell), DataFiles.sha256(trace));
        if (targets.isPresent()) {
            AtomicFiles.writeString(targetsFile(cell), new String(targets.get(), StandardCharsets.UTF_8));
            sums.put(targetsName(cell), DataFiles.sha256(targets.get()));
        }
        sums.put(rowName(cell), DataFiles.sha256(row));
        AtomicFiles.writeString(checksumFile(cell), Checksums.format(sums));
        AtomicFiles.writeString(cellFile(cell), new String(row, StandardCharsets.UTF_8));
        verdicts.put(cell.index(), COMPLETE);
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
     * The experiment this folder holds, rebuilt from its manifest (see {@link Manifest#experiment}).
     *
     * @throws ResultsFileException if the manifest is missing, damaged or names an unsafe experiment
     */
    public static Experiment experimentOf(Path root) throws IOException {
        return Manifest.read(root).experiment();
    }

    /** The plugin jars a folder's manifest records (none for a folder of built-ins only). */
    public static List<PluginJar> pluginsOf(Path root) throws IOException {
        return Manifest.read(root).plugins();
    }

    /** The data files a folder's manifest records, by path, with their SHA-256. */
    public static Map<String, String> dataFilesOf(Path root) throws IOException {
        return Manifest.read(root).dataFiles();
    }

    /** The manifest's spec hash of the folder {@code root}. */
    public static String hashOf(Path root) throws IOException {
        return Manifest.read(root).specHash();
    }

    /** Copies a complete cell (trace, first hits, checksums and row) from another folder of the same experiment. */
    public void adopt(ResultsFolder source, Cell cell) throws IOException {
        if (!source.isComplete(cell)) {
            throw new IllegalStateException("cell " + cell.id() + " of " + source.root() + " is not complete");
        }
        Path targets = source.targetsFile(cell);
        Optional<byte[]> hits = Files.exists(targets) ? Optional.of(Files.readAllBytes(targets)) : Optional.empty();
        write(cell, Files.readAllBytes(source.traceFile(cell)), hits, Files.readAllBytes(source.cellFile(cell)));
    }

    /** Records in the manifest where a merged folder's cells came from. */
    public synchronized void noteMergedFrom(List<ResultsFolder> sources) throws IOException {
        ArrayNode from = manifest.putArray("merged_from");
        for (ResultsFolder source : sources) {
            ObjectNode entry = from.addObject();
            entry.put("folder", source.root().toString());
            entry.set("runs", source.manifest.path("runs"));
        }
        writeManifest();
    }

    /** Whether the manifest says this folder was made by merging others. */
    public boolean isMerged() {
        return manifest.has("merged_from");
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
                summary.append(TextFiles.read(cellFile(cell)));
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
        return root.resolve(rowName(cell));
    }

    private Path checksumFile(Cell cell) {
        return root.resolve("checksums").resolve(cell.id() + ".sha256");
    }

    private static String traceName(Cell cell) {
        return "traces/" + cell.id() + ".csv";
    }

    private static String targetsName(Cell cell) {
        return "targets/" + cell.id() + ".csv";
    }

    private static String rowName(Cell cell) {
        return "cells/" + cell.id() + ".csv";
    }

    private String relative(Path file) {
        return root.relativize(file).toString();
    }

    private void writeManifest() throws IOException {
        AtomicFiles.writeString(root.resolve(Manifest.FILE), JSON.writeValueAsString(manifest) + "\n");
    }

    /**
     * Removes temporary files of writes that never finished. Called under the exclusive lock, so
     * every writer that could own one has ended: they are all stale.
     */
    private void removeTemporaryFiles() throws IOException {
        for (String sub : List.of("", "traces", "targets", "checksums", "cells", "figures")) {
            Path folder = sub.isEmpty() ? root : root.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, ".*.tmp*")) {
                    for (Path file : stale) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** Refuses a folder without a manifest that holds anything but a lock file and temporaries. */
    private static void refuseForeignEntries(Path root) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!isLockOrTemporary(entry)) {
                    throw new IllegalArgumentException("results folder " + root
                            + " is not empty and has no manifest.json; refusing to write into it: choose another --out");
                }
            }
        }
    }

    private static boolean isLockOrTemporary(Path entry) {
        String name = entry.getFileName().toString();
        return name.equals(FolderLock.FILE) || name.startsWith(".") && name.contains(".tmp");
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
