import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java scripts/SumColumn.java FILE.csv COLUMN}: prints the sum of a numeric column of a CSV
 * file (RFC 4180 quoting, as summary.csv quotes specs that hold commas); empty fields count 0.
 * Used by scripts/grid-at-scale.sh for the optimizers' own time (time_s).
 */
public final class SumColumn {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java SumColumn.java FILE.csv COLUMN");
            System.exit(2);
        }
        try (BufferedReader lines = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int column = fields(lines.readLine()).indexOf(args[1]);
            if (column < 0) {
                System.err.println("SumColumn: no column '" + args[1] + "' in " + args[0]);
                System.exit(2);
            }
            double sum = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String field = fields(line).get(column);
                sum += field.isEmpty() ? 0 : Double.parseDouble(field);
            }
            System.out.printf("%.3f%n", sum);
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
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
