package steepest.harness.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read back: a header and rows of text fields (RFC 4180 quoting), with typed access by
 * column name. Used to read steepest's own traces and summaries.
 *
 * @param header the column names
 * @param rows   the records
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    /** Copies the lists. */
    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Reads {@code file}; its first line is the header.
     *
     * @throws ResultsFileException if the file is empty or a row has another number of fields than the header
     */
    public static CsvTable read(Path file) throws IOException {
        List<String> lines = TextFiles.lines(file);
        if (lines.isEmpty()) {
            throw new ResultsFileException(file + ": empty; a CSV file starts with its header line");
        }
        List<String> header = parseLine(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                List<String> row = parseLine(lines.get(i));
                if (row.size() != header.size()) {
                    throw new ResultsFileException(file + ":" + (i + 1) + ": " + row.size() + " fields, the header has "
                            + header.size() + " (a truncated or edited row)");
                }
                rows.add(row);
            }
        }
        return new CsvTable(header, rows);
    }

    /**
     * Reads a file of numbers (a trace): every column of {@code required} present, every field a
     * number or blank.
     *
     * @throws ResultsFileException naming the file, line and column of the first field that is not
     */
    public static CsvTable readNumbers(Path file, List<String> required) throws IOException {
        CsvTable table = read(file);
        for (String column : required) {
            if (!table.header.contains(column)) {
                throw new ResultsFileException(file + ":1: no column '" + column + "'");
            }
        }
        for (int i = 0; i < table.rows.size(); i++) {
            List<String> row = table.rows.get(i);
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c);
                if (!text.isEmpty() && !isNumber(text)) {
                    throw new ResultsFileException(file + ":" + (i + 2) + ": column '" + table.header.get(c) + "': '"
                            + ResultsFileException.excerpt(text, 40) + "' is not a number");
                }
            }
        }
        return table;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The index of {@code column}. */
    public int column(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + header);
        }
        return index;
    }

    /** The values of a numeric column. */
    public double[] numbers(String column) {
        int index = column(column);
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            String text = rows.get(i).get(index);
            values[i] = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        }
        return values;
    }

    /** Row {@code i} as a map from column name to text. */
    public Map<String, String> row(int i) {
        Map<String, String> map = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            map.put(header.get(c), rows.get(i).get(c));
        }
        return map;
    }

    /** Splits one CSV line into fields, undoing RFC 4180 quoting. */
    public static List<String> parseLine(String line) {
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
