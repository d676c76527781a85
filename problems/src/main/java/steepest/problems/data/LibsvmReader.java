package steepest.problems.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads the LIBSVM / SVMlight sparse text format (Chang and Lin, "LIBSVM: a library for support
 * vector machines", ACM TIST 2(3), 2011; Joachims, SVMlight): one sample per line,
 * {@code <target> <index>:<value> <index>:<value> ...} with 1-based feature indices in strictly
 * increasing order. Text after {@code #} is a comment, blank lines are skipped, and SVMlight's
 * {@code qid:<n>} tokens are ignored. The number of features d is the largest index in the file;
 * absent features are zero, and explicit zeros are dropped. Files ending in {@code .gz} are
 * decompressed.
 *
 * <p>A malformed token (no colon, an index that is not a positive integer, an index not greater than
 * the one before it, a value that is not a finite number) fails with a {@link DataFormatException}
 * naming the file, the line and the column; NaN and infinity are rejected by name.
 */
public final class LibsvmReader {

    private LibsvmReader() {
    }

    /**
     * Reads a LIBSVM file.
     *
     * @param storage dense, sparse, or chosen by density
     * @throws DataFormatException  if a line is malformed
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Dataset read(Path file, Storage storage) {
        String source = file.toString();
        try (BufferedReader in = Sources.open(file)) {
            return read(source, in, storage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** Reads LIBSVM text from {@code in}; {@code source} names it in messages. */
    static Dataset read(String source, BufferedReader in, Storage storage) throws IOException {
        DoubleList targets = new DoubleList();
        IntList rowStart = new IntList();
        IntList columns = new IntList();
        DoubleList values = new DoubleList();
        rowStart.add(0);
        int cols = 0;
        int lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            int hash = line.indexOf('#');
            int end = hash < 0 ? line.length() : hash;
            int i = skipBlanks(line, 0, end);
            if (i == end) {
                continue;
            }
            int tokenEnd = tokenEnd(line, i, end);
            targets.add(Fields.parseFinite(line.substring(i, tokenEnd), "the target", source, lineNumber, i + 1));
            int previous = 0;
            i = skipBlanks(line, tokenEnd, end);
            while (i < end) {
                tokenEnd = tokenEnd(line, i, end);
                String token = line.substring(i, tokenEnd);
                if (!token.startsWith("qid:")) {
                    int index = parseIndex(token, previous, source, lineNumber, i + 1);
                    int colon = token.indexOf(':');
                    double value = Fields.parseFinite(token.substring(colon + 1), "the value of index " + index, source,
                            lineNumber, i + colon + 2);
                    if (value != 0) {
                        columns.add(index - 1);
                        values.add(value);
                    }
                    previous = index;
                    cols = Math.max(cols, index);
                }
                i = skipBlanks(line, tokenEnd, end);
            }
            rowStart.add(columns.size());
        }
        int rows = targets.size();
        if (rows == 0) {
            throw new IllegalArgumentException(source + ": no data lines");
        }
        SparseMatrix matrix = SparseMatrix.adopt(rows, Math.max(cols, 1), rowStart.toArray(), columns.toArray(),
                values.toArray());
        return new Dataset(source, storage.apply(matrix), targets.toArray());
    }

    private static int parseIndex(String token, int previous, String source, int line, int column) {
        int colon = token.indexOf(':');
        if (colon < 0) {
            throw new DataFormatException(source, line, column, Fields.quote(token) + " is not index:value");
        }
        String text = token.substring(0, colon);
        boolean digits = !text.isEmpty() && text.length() <= 10;
        for (int k = 0; digits && k < text.length(); k++) {
            digits = Character.isDigit(text.charAt(k)) && text.charAt(k) < 128;
        }
        long parsed = digits ? Long.parseLong(text) : -1;
        if (parsed < 1 || parsed > Integer.MAX_VALUE - 1) {
            throw new DataFormatException(source, line, column, "index " + Fields.quote(text)
                    + " is not a positive integer; LIBSVM indices start at 1");
        }
        int index = (int) parsed;
        if (index <= previous) {
            throw new DataFormatException(source, line, column, "index " + index + " after index " + previous
                    + "; indices must increase along a line");
        }
        return index;
    }

    private static int skipBlanks(String line, int from, int end) {
        int i = from;
        while (i < end && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String line, int from, int end) {
        int i = from;
        while (i < end && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
            i++;
        }
        return i;
    }
}
