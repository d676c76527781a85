package steepest.harness.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import steepest.harness.experiment.DataPaths;

/**
 * The data files an experiment's problems read (every {@code file=} key of its problem specs, nested
 * ones included) with the SHA-256 of their bytes. The spec hash covers a file's path but not its
 * content, so a results folder records these in its manifest and refuses to resume when one has
 * changed: cells computed on old data must not be mixed with cells computed on new data. A path
 * that is not a readable file is recorded as {@value #MISSING} (its cells fail, and keep failing
 * until it exists, which is then a change too).
 */
public final class DataFiles {

    /** What is recorded for a path that is not a readable regular file. */
    public static final String MISSING = "missing";

    private DataFiles() {
    }

    /** The data files of {@code problemSpecs}, by path (sorted), each with its SHA-256 in hex. */
    public static Map<String, String> of(List<String> problemSpecs) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String spec : problemSpecs) {
            for (String path : DataPaths.of(spec)) {
                if (!files.containsKey(path)) {
                    files.put(path, sha256(Path.of(path)));
                }
            }
        }
        return files;
    }

    /**
     * Refuses a resume whose data differ from those the folder's cells were computed on.
     *
     * @param folder   the results folder, for messages
     * @param recorded the files its manifest records
     * @param now      the same paths hashed now
     * @throws IllegalArgumentException naming the first file that changed
     */
    static void checkUnchanged(Path folder, Map<String, String> recorded, Map<String, String> now) {
        for (Map.Entry<String, String> file : recorded.entrySet()) {
            String current = now.get(file.getKey());
            if (current != null && !current.equals(file.getValue())) {
                throw new IllegalArgumentException("results folder " + folder + " was run on data file " + file.getKey()
                        + " (sha256 " + abbreviate(file.getValue()) + "), which has changed (now " + abbreviate(current)
                        + "); refusing to mix cells of old and new data: choose another --out");
            }
        }
    }

    /** The SHA-256 of a file's bytes in hex, or {@value #MISSING}. */
    static String sha256(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return MISSING;
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    /** The SHA-256 of {@code bytes} in hex. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
