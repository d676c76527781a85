package steepest.harness.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text of an experiment, found once: the YAML file at a path if one exists there, else the
 * built-in experiment of that name ({@code resources/experiments/NAME.yaml}). Files are read only up
 * to {@value #MAX_BYTES} bytes; a larger one is refused before it is parsed.
 *
 * @param name   the name messages use: the file's name, or {@code NAME.yaml} for a built-in
 * @param text   the YAML text
 * @param folder the folder of the file, against which relative paths in it resolve; empty for a built-in
 */
public record ExperimentSource(String name, String text, Optional<Path> folder) {

    /** The largest experiment file read, in bytes (1 MiB). */
    public static final long MAX_BYTES = 1 << 20;

    private static final String BUILTIN_FOLDER = "experiments/";

    /**
     * The experiment file at {@code fileOrName}, or the built-in experiment of that name.
     *
     * @throws ExperimentException if neither exists, or the file cannot be read or is too large
     */
    public static ExperimentSource of(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.isDirectory(path)) {
            throw new ExperimentException(fileOrName + ": is a folder, not an experiment file");
        }
        if (Files.isRegularFile(path)) {
            try {
                long size = Files.size(path);
                if (size > MAX_BYTES) {
                    throw new ExperimentException(fileOrName + ": " + size + " bytes is too large for an experiment file "
                            + "(at most " + MAX_BYTES + " bytes)");
                }
                Path folder = path.toAbsolutePath().normalize().getParent();
                return new ExperimentSource(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8),
                        Optional.ofNullable(folder));
            } catch (AccessDeniedException e) {
                throw new ExperimentException(fileOrName + ": cannot be read: permission denied");
            } catch (java.nio.charset.MalformedInputException e) {
                throw new ExperimentException(fileOrName + ": is not UTF-8 text");
            } catch (IOException e) {
                throw new ExperimentException(fileOrName + ": cannot be read: " + e.getMessage());
            }
        }
        if (builtinNames().contains(fileOrName)) {
            return new ExperimentSource(fileOrName + ".yaml", readResource(BUILTIN_FOLDER + fileOrName + ".yaml"),
                    Optional.empty());
        }
        throw new ExperimentException("no experiment file or built-in experiment named '" + fileOrName
                + "'; built-in experiments: " + String.join(", ", builtinNames()));
    }

    /** The names of the built-in experiments, in catalog order. */
    public static List<String> builtinNames() {
        return readResource(BUILTIN_FOLDER + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * The description of a built-in experiment, read without validating it (which would resolve
     * every spec it names).
     */
    public static String describe(String builtin) {
        var root = LocatedYaml.parse(builtin + ".yaml", readResource(BUILTIN_FOLDER + builtin + ".yaml")).root();
        return root == null ? "" : root.path("description").asText("");
    }

    private static String readResource(String name) {
        try (InputStream in = ExperimentSource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
