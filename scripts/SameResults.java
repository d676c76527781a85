import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares two results folders of one experiment, for the SLURM, fault and large-grid tests:
 * {@code java scripts/SameResults.java A B} exits 0 when they hold the same results, else prints
 * every difference and exits 1. "The same":
 * <ul>
 *   <li>the same set of files;</li>
 *   <li>CSV files (summary.csv, traces/, cells/, report/tables/) equal field for field once the columns
 *       whose header starts with {@code time} (wall-clock times) are dropped; cells/ files are rows
 *       of summary.csv's header;</li>
 *   <li>manifest.json and report/index.html (provenance: machine, threads, shards, start and end
 *       times) agree on the experiment's spec hash and cell count;</li>
 *   <li>figures against wall time ({@code *-time.png}) and the folder lock ({@code .steepest.lock}: the
 *       process that wrote) exist in both;</li>
 *   <li>checksums/ files name the same files in both, each with its true SHA-256 in its own folder (the
 *       hashes themselves differ: the files they cover carry wall-clock times);</li>
 *   <li>every other file byte for byte.</li>
 * </ul>
 */
public final class SameResults {

    private static final Pattern HASH = Pattern.compile("\"spec_hash\" : \"([0-9a-f]+)\"");
    private static final Pattern CELLS = Pattern.compile("\"cells\" : (\\d+)");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java SameResults.java FOLDER_A FOLDER_B");
            System.exit(2);
        }
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        List<String> differences = new ArrayList<>();
        Set<String> filesA = files(a);
        Set<String> filesB = files(b);
        if (!filesA.equals(filesB)) {
            Set<String> onlyA = new TreeSet<>(filesA);
            onlyA.removeAll(filesB);
            Set<String> onlyB = new TreeSet<>(filesB);
            onlyB.removeAll(filesA);
            differences.add("files only in " + a + ": " + onlyA + "; only in " + b + ": " + onlyB);
        }
        List<String> header = parse(Files.readAllLines(a.resolve("summary.csv")).get(0));
        int compared = 0;
        for (String file : filesA) {
            if (!filesB.contains(file)) {
                continue;
            }
            byte[] bytesA = Files.readAllBytes(a.resolve(file));
            byte[] bytesB = Files.readAllBytes(b.resolve(file));
            boolean same;
            if (file.equals("manifest.json") || file.equals("report/index.html")) {
                String textA = new String(bytesA, StandardCharsets.UTF_8).replace("&quot;", "\"");
                String textB = new String(bytesB, StandardCharsets.UTF_8).replace("&quot;", "\"");
                same = first(HASH, textA).equals(first(HASH, textB)) && first(CELLS, textA).equals(first(CELLS, textB))
                        && !first(HASH, textA).isEmpty();
            } else if (file.endsWith("-time.png") || file.equals(".steepest.lock")) {
                same = true;
            } else if (file.startsWith("checksums/")) {
                same = checkedFiles(a, file).equals(checkedFiles(b, file));
            } else if (file.endsWith(".csv")) {
                same = withoutTimes(Files.readAllLines(a.resolve(file)), file.startsWith("cells/") ? header : null)
                        .equals(withoutTimes(Files.readAllLines(b.resolve(file)), file.startsWith("cells/") ? header : null));
            } else {
                same = Arrays.equals(bytesA, bytesB);
            }
            if (!same) {
                differences.add("differs: " + file);
            }
            compared++;
        }
        if (differences.isEmpty()) {
            System.out.println("same results: " + compared + " files of " + a + " and " + b);
            return;
        }
        differences.forEach(System.out::println);
        System.exit(1);
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> out = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            return out;
        }
    }

    /**
     * The files a checksums/ file covers, in its order; a hash that does not match its file's content
     * puts a marker in place of the name, so a false checksum makes the folders differ.
     */
    private static List<String> checkedFiles(Path root, String checksumFile) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve(checksumFile))) {
            String hash = line.substring(0, line.indexOf(' '));
            String name = line.substring(line.indexOf(' ')).strip();
            Path covered = root.resolve(name);
            boolean intact = Files.isRegularFile(covered) && hash.equals(sha256(Files.readAllBytes(covered)));
            names.add(intact ? name : "false checksum of " + name + " in " + root);
        }
        return names;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** The rows as lists of fields without the time columns (header from the file, or given). */
    private static List<List<String>> withoutTimes(List<String> lines, List<String> givenHeader) {
        List<String> header = givenHeader != null ? givenHeader : parse(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = parse(line);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if (i >= header.size() || !header.get(i).startsWith("time")) {
                    kept.add(fields.get(i));
                }
            }
            rows.add(kept);
        }
        return rows;
    }

    /** One CSV line (RFC 4180: fields in double quotes may hold commas and doubled quotes). */
    private static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
