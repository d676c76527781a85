import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two results folders as the fault test needs: summary.csv, every cells/ row and every
 * traces/ file must be equal once the wall-time columns (time_s, time_to_*) are left out, and both
 * folders must hold the same cells. Run with the JDK's source launcher:
 * {@code java scripts/fault/SameResults.java A B}; exit 0 when equal, 1 with the first differences.
 */
public final class SameResults {

    private SameResults() {
    }

    public static void main(String[] args) throws IOException {
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        List<String> differences = new ArrayList<>();
        List<String> header = fields(Files.readAllLines(a.resolve("summary.csv"), StandardCharsets.UTF_8).get(0));
        compare("summary.csv", read(a.resolve("summary.csv"), null), read(b.resolve("summary.csv"), null), differences);
        for (String folder : List.of("cells", "traces")) {
            TreeSet<String> inA = names(a.resolve(folder));
            TreeSet<String> inB = names(b.resolve(folder));
            if (!inA.equals(inB)) {
                differences.add(folder + "/ holds other files: " + inA.size() + " against " + inB.size());
                continue;
            }
            for (String name : inA) {
                List<String> given = folder.equals("cells") ? header : null;
                compare(folder + "/" + name, read(a.resolve(folder).resolve(name), given),
                        read(b.resolve(folder).resolve(name), given), differences);
            }
        }
        if (!differences.isEmpty()) {
            System.err.println("results differ (" + a + " against " + b + "):");
            differences.stream().limit(10).forEach(d -> System.err.println("  " + d));
            System.exit(1);
        }
    }

    private static void compare(String name, List<String> a, List<String> b, List<String> differences) {
        if (!a.equals(b)) {
            int line = 0;
            while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
                line++;
            }
            differences.add(name + ", line " + (line + 1) + ": " + (line < a.size() ? a.get(line) : "(end)") + " | "
                    + (line < b.size() ? b.get(line) : "(end)"));
        }
    }

    private static TreeSet<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** The lines of a CSV file without its time columns; {@code header} for files that have none. */
    private static List<String> read(Path file, List<String> header) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> columns = header != null ? header : fields(lines.get(0));
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            List<String> values = fields(line);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                String column = i < columns.size() ? columns.get(i) : "";
                if (!column.equals("time_s") && !column.startsWith("time_to_")) {
                    out.append(values.get(i)).append('|');
                }
            }
            kept.add(out.toString());
        }
        return kept;
    }

    /** The fields of one CSV line (RFC 4180 quotes). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
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
