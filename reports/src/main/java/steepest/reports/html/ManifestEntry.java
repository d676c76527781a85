package steepest.reports.html;

import java.util.Objects;

/**
 * One line of the manifest shown in the report.
 *
 * @param key   what it is (e.g. {@code commit})
 * @param value its value
 */
public record ManifestEntry(String key, String value) {

    /** Requires both. */
    public ManifestEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
