package steepest.problems.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads numeric CSV data: one sample per line, the features and then the target in the last
 * field, separated by commas (spaces around a field are ignored). Blank lines are skipped. The first
 * non-blank line is a header, and skipped, when one of its fields is not a number (as the
 * {@code 569,30,malignant,benign} line of scikit-learn's copies). Files whose name ends in
 * {@code .gz} are decompressed.
 *
 * <p>Every line must have as many fields as the first data line, and every field must be a finite
 * number in plain decimal or scientific notation; otherwise reading fails with a {@link
 * DataFormatException} naming the file, the line and the column, and NaN and infinity by name.
 */
public final class CsvReader {

    /** How the fields of a line are separated. */
    enum Delimiter {
        /** Commas; the fields are trimmed. */
        COMMA,
        /** Runs of spaces and tabs. */
        WHITESPACE
    }

    /** A parsed numeric table, row-major. */
    record Table(int rows, int cols, double[] values) {
    }

    private CsvReader() {
    }

    /**
     * Reads a CSV file into a data set whose target is the last field.
     *
     * @throws DataFormatException   if a line is malformed
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static Dataset read(Path file) {
        String source = file.toString();
        try (BufferedReader in = Sources.open(file)) {
            return toDataset(source, readTable(source, in, Delimiter.COMMA));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** Splits a table's last column off as the target. */
    static Dataset toDataset(String source, Table table) {
        if (table.cols() < 2) {
            throw new IllegalArgumentException(source + ": a data line needs at least one feature and the target, got "
                    + table.cols() + " field");
        }
        int d = table.cols() - 1;
        double[] features = new double[table.rows() * d];
        double[] targets = new double[table.rows()];
        for (int r = 0; r < table.rows(); r++) {
            System.arraycopy(table.values(), r * table.cols(), features, r * d, d);
            targets[r] = table.values()[r * table.cols() + d];
        }
        return new Dataset(source, new DenseMatrix(table.rows(), d, features), targets);
    }

    /**
     * Reads every line of {@code in} as a row of numbers.
     *
     * @param source names the input in messages
     * @throws DataFormatException on the first malformed line
     */
    static Table readTable(String source, BufferedReader in, Delimiter delimiter) throws IOException {
        DoubleList values = new DoubleList();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int cols = -1;
        int rows = 0;
        int firstDataLine = 0;
        int lineNumber = 0;
        boolean first = true;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int fields = split(line, delimiter, starts, ends);
            if (fields > starts.length) {
                starts = new int[2 * fields];
                ends = new int[2 * fields];
                split(line, delimiter, starts, ends);
            }
            if (first) {
                first = false;
                if (isHeader(line, fields, starts, ends)) {
                    continue;
                }
            }
            if (cols < 0) {
                cols = fields;
                firstDataLine = lineNumber;
            } else if (fields != cols) {
                int column = fields > cols ? starts[cols] + 1 : line.length() + 1;
                throw new DataFormatException(source, lineNumber, column, "the line has " + fields + " fields, expected "
                        + cols + " as on line " + firstDataLine);
            }
            for (int k = 0; k < fields; k++) {
                values.add(Fields.parseFinite(line.substring(starts[k], ends[k]), "field " + (k + 1), source,
                        lineNumber, starts[k] + 1));
            }
            rows++;
        }
        if (rows == 0) {
            throw new IllegalArgumentException(source + ": no data lines");
        }
        return new Table(rows, cols, values.toArray());
    }

    private static boolean isHeader(String line, int fields, int[] starts, int[] ends) {
        for (int k = 0; k < fields; k++) {
            if (!Fields.looksNumeric(line.substring(starts[k], ends[k]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the fields of {@code line}: field k is {@code line.substring(starts[k], ends[k])}.
     * Writes at most {@code starts.length} spans and returns the number of fields, which may be larger.
     */
    private static int split(String line, Delimiter delimiter, int[] starts, int[] ends) {
        int count = 0;
        int length = line.length();
        if (delimiter == Delimiter.COMMA) {
            int from = 0;
            while (true) {
                int comma = line.indexOf(',', from);
                int to = comma < 0 ? length : comma;
                int s = from;
                int e = to;
                while (s < e && Character.isWhitespace(line.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
                    e--;
                }
                if (count < starts.length) {
                    starts[count] = s;
                    ends[count] = e;
                }
                count++;
                if (comma < 0) {
                    return count;
                }
                from = comma + 1;
            }
        }
        int i = 0;
        while (i < length) {
            while (i < length && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i == length) {
                break;
            }
            int s = i;
            while (i < length && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            if (count < starts.length) {
                starts[count] = s;
                ends[count] = i;
            }
            count++;
        }
        return count;
    }
}
