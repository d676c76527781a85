package steepest.harness.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import steepest.harness.catalog.PluginJar;
import steepest.harness.experiment.Experiment;

/**
 * A results folder's {@code manifest.json} read back and checked before anything trusts it: valid
 * JSON, an object, a 64-digit hex {@code spec_hash}, an experiment name as strict as an experiment
 * file's (letters, digits, '-' and '_', so a name read from disk can never make a path leave its
 * folder), a {@code spec} that reads as an {@link Experiment}, and well-formed plugin and data-file
 * records. Anything else fails with a {@link ResultsFileException} naming the file (and line, for
 * JSON that does not parse) and what is wrong.
 */
public final class Manifest {

    /** The file's name in a results folder. */
    public static final String FILE = "manifest.json";

    /** The longest experiment name steepest writes: a file's name (100) and a tuning phase's suffix. */
    private static final int NAME_LIMIT = 120;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper LENIENT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The spec's fields an experiment cannot do without; others (pairs, start) have defaults. */
    private static final String[] REQUIRED_SPEC = {"name", "problems", "optimizers", "seeds", "budget", "tolerances",
        "recording"};

    private final Path file;
    private final ObjectNode root;

    private Manifest(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Reads and checks the manifest of {@code folder}.
     *
     * @throws ResultsFileException if there is none, or it is empty, truncated or not what steepest writes
     */
    public static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(folder + " is not a results folder (no " + FILE + ")");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ResultsFileException(file + ": empty (a results folder's manifest is a JSON object)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new ResultsFileException(file + ":" + e.getLocation().getLineNr() + ": truncated (the JSON ends early)");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ResultsFileException(file + (line > 0 ? ":" + line : "") + ": not valid JSON ("
                    + firstLine(e.getOriginalMessage()) + ")");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ResultsFileException(file + ": not a JSON object");
        }
        Manifest manifest = new Manifest(file, object);
        manifest.specHash();
        manifest.experimentName();
        return manifest;
    }

    /** A manifest being written for a new folder. */
    static Manifest fresh(Path folder, ObjectNode root) {
        return new Manifest(folder.resolve(FILE), root);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The JSON object, for the folder that updates it. */
    ObjectNode node() {
        return root;
    }

    /** The SHA-256 of the experiment's canonical spec: the folder's identity. */
    public String specHash() {
        String hash = text("spec_hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw fail("'spec_hash' is not a SHA-256 in hex: '" + ResultsFileException.excerpt(hash, 80) + "'");
        }
        return hash;
    }

    /** The experiment's name, checked as strictly as in an experiment file. */
    public String experimentName() {
        String name = text("experiment");
        if (!Experiment.isFileSafeName(name, NAME_LIMIT)) {
            throw fail("experiment name '" + ResultsFileException.excerpt(name, 80) + "' may hold only letters, digits, '-' and '_' "
                    + "(at most " + NAME_LIMIT + ")");
        }
        return name;
    }

    /**
     * The experiment this folder holds, rebuilt from the manifest's spec. Lenient about fields it
     * does not know and about optional ones an earlier version did not write; identity (resume,
     * merge) is decided by {@link #specHash()}, not by this value.
     */
    public Experiment experiment() {
        JsonNode spec = root.get("spec");
        if (spec == null || !spec.isObject()) {
            throw fail("'spec' is missing or not an object");
        }
        for (String field : REQUIRED_SPEC) {
            if (!spec.hasNonNull(field)) {
                throw fail("spec: field '" + field + "' is missing");
            }
        }
        Experiment experiment;
        try {
            experiment = LENIENT.treeToValue(spec, Experiment.class);
        } catch (JsonProcessingException | RuntimeException e) {
            String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw fail("spec does not read as an experiment (" + firstLine(message) + ")");
        }
        if (!experiment.name().equals(experimentName())) {
            throw fail("spec name '" + ResultsFileException.excerpt(experiment.name(), 80) + "' differs from experiment '"
                    + experimentName() + "'");
        }
        return experiment;
    }

    /** The plugin jars the folder's cells were computed with (none for built-ins only). */
    public List<PluginJar> plugins() {
        List<PluginJar> plugins = new ArrayList<>();
        for (JsonNode entry : array("plugins")) {
            String name = entry.path("file").asText("");
            try {
                plugins.add(new PluginJar(Path.of(name), entry.path("sha256").asText(""),
                        entry.path("implementation_version").asText("")));
            } catch (InvalidPathException e) {
                throw fail("plugins: '" + ResultsFileException.excerpt(name, 80) + "' is not a file name");
            }
        }
        return plugins;
    }

    /** The data files the folder's problems read, by path, with the SHA-256 each had (see {@link DataFiles}). */
    public Map<String, String> dataFiles() {
        Map<String, String> files = new TreeMap<>();
        for (JsonNode entry : array("data_files")) {
            if (!entry.path("file").isTextual() || !entry.path("sha256").isTextual()) {
                throw fail("data_files: every entry needs a file and a sha256");
            }
            files.put(entry.get("file").asText(), entry.get("sha256").asText());
        }
        return files;
    }

    /** The runs into the folder, as recorded. */
    public JsonNode runs() {
        return array("runs");
    }

    private JsonNode array(String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return JSON.createArrayNode();
        }
        if (!node.isArray()) {
            throw fail("'" + field + "' is not a list");
        }
        return node;
    }

    private String text(String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw fail("'" + field + "' is missing or not text");
        }
        return node.asText();
    }

    private ResultsFileException fail(String what) {
        return new ResultsFileException(file + ": " + what);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return ResultsFileException.excerpt(end < 0 ? text : text.substring(0, end), 160);
    }
}
