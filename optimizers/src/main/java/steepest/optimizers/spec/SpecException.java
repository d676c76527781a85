package steepest.optimizers.spec;

/**
 * A user's spec was malformed or named something that does not exist. The message is one line that
 * names the offending token and, where there is a closed set, lists the valid choices; command-line
 * front ends print it and exit with status 2.
 */
public final class SpecException extends IllegalArgumentException {

    /** A one-line message naming the offending token. */
    public SpecException(String message) {
        super(message);
    }
}
