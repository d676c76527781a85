package steepest.harness.store;

/**
 * A results file that cannot be read as steepest writes it (empty, truncated, edited): the message
 * names the file, the line where known, and what is wrong. Reported as bad input, in one line.
 */
public final class ResultsFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A failure with its one-line message, which starts with the file (and line). */
    public ResultsFileException(String message) {
        super(message);
    }
}
