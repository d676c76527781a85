package steepest.optimizers.spec;

import java.util.Objects;

/**
 * One key a catalog entry accepts, with its default written as spec text (null: required) and a
 * short description for {@code list}.
 *
 * @param name         the key as users write it (torch.optim's names for optimizers)
 * @param defaultValue the value used when the key is absent, or null if it must be given
 * @param description  a few words
 */
public record Key(String name, String defaultValue, String description) {

    /** Requires a name and a description. */
    public Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /** A key with a numeric default. */
    public static Key of(String name, double defaultValue, String description) {
        return new Key(name, format(defaultValue), description);
    }

    /** A key with a text default (null: required). */
    public static Key of(String name, String defaultValue, String description) {
        return new Key(name, defaultValue, description);
    }

    /** Formats a number the way specs write it: integral values without a fraction. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
