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

    /**
     * Text read from a file, fit for a one-line message: control and non-ASCII-printable characters
     * escaped as {@code \xNN} or {@code \\uNNNN}, cut after {@code max} characters with "...".
     */
    public static String excerpt(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", (int) c));
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.length() >= max && text.length() > max ? out + "..." : out.toString();
    }
}
