package steepest.harness.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a catalog entry came from: a provider on the class path (the suite's own entries, or a
 * user's providers on the test class path of a library user), or a plugin jar given with
 * {@code --plugin}.
 *
 * @param plugin the plugin jar, or empty for the class path
 */
public record Origin(Optional<PluginJar> plugin) {

    /** Providers on the class path. */
    public static final Origin CLASS_PATH = new Origin(Optional.empty());

    /** Requires the optional. */
    public Origin {
        Objects.requireNonNull(plugin, "plugin");
    }

    /** An entry of a plugin jar. */
    public static Origin of(PluginJar jar) {
        return new Origin(Optional.of(jar));
    }

    /** "the built-in entry" or "plugin NAME.jar", for messages. */
    public String describe() {
        return plugin.map(jar -> "plugin " + jar.fileName()).orElse("the built-in catalog");
    }
}
