package steepest.harness.catalog;

/**
 * A plugin that cannot be loaded as given: a path that does not exist or is not a jar, a jar with
 * no providers, a provider that is missing or fails to start, an entry whose name clashes with
 * another or whose defaults are invalid. Bad input: one line, exit status 2.
 */
public final class PluginException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A failure with its one-line message. */
    public PluginException(String message) {
        super(message);
    }
}
