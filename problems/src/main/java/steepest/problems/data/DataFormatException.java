package steepest.problems.data;

/**
 * A data file is malformed: the message names the file, the 1-based line and the 1-based character
 * column of the offending token, as compilers do ({@code a9a.txt:12:37: index 5 after index 7;
 * indices must increase}). An IllegalArgumentException, so a problem spec that points at the file
 * fails with this one line.
 */
public final class DataFormatException extends IllegalArgumentException {

    private final String source;
    private final int line;
    private final int column;

    /**
     * @param source  the file or resource name
     * @param line    the 1-based line number
     * @param column  the 1-based character column of the offending token
     * @param problem what is wrong there, one line
     */
    public DataFormatException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }

    /** The 1-based character column. */
    public int column() {
        return column;
    }
}
