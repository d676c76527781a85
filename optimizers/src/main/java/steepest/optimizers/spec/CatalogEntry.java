package steepest.optimizers.spec;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One named thing a user can ask for by spec: its name, a one-line summary, the keys it accepts
 * and a factory from typed {@link Arguments} to the value (an optimizer, a problem).
 *
 * @param name    the catalog name, lowercase and hyphenated
 * @param summary one line for {@code list}
 * @param keys    every accepted key, in the order {@code list} shows them
 * @param tags    properties shown by {@code list} (for problems: convex, smooth, ...); may be empty
 * @param factory builds the value; it may throw IllegalArgumentException naming a key
 * @param <T>     what the entry builds
 */
public record CatalogEntry<T>(String name, String summary, List<Key> keys, List<String> tags,
                              Function<Arguments, T> factory) {

    /** Copies the key list. */
    public CatalogEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        keys = List.copyOf(keys);
        tags = List.copyOf(tags);
        Objects.requireNonNull(factory, "factory");
    }

    /** An entry without tags. */
    public CatalogEntry(String name, String summary, List<Key> keys, Function<Arguments, T> factory) {
        this(name, summary, keys, List.of(), factory);
    }
}
