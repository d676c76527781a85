package steepest.harness.experiment;

/**
 * An experiment file is invalid. The message reads {@code file:line: field: problem}, so an editor
 * can jump to it.
 */
public final class ExperimentException extends IllegalArgumentException {

    /** A one-line message naming the file, line and field. */
    public ExperimentException(String message) {
        super(message);
    }
}
