package steepest.optimizers.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One key a catalog entry accepts, with its default written as spec text (null: required) and a
 * short description for {@code list}. Two refinements serve keys that belong to one setting of
 * another key (a scheduler's keys, which only its schedule reads):
 * <ul>
 *   <li>{@link #onlyWhen}: the key is spelled out in canonical specs only when the other key takes
 *       one of the listed values (or when it is given), so declaring it does not lengthen, and so
 *       does not change, the canonical specs of the settings that never read it;</li>
 *   <li>{@link #defaultWhen}: a different default under one value of another key (torch's
 *       CyclicLR has gamma = 1 where StepLR has 0.1).</li>
 * </ul>
 *
 * @param name         the key as users write it (torch.optim's names for optimizers)
 * @param defaultValue the value used when the key is absent, or null if it must be given
 * @param description  a few words
 * @param relevance    when the key is spelled out in canonical specs; empty: always
 * @param overrides    defaults that apply instead of {@code defaultValue} under another key's value
 */
public record Key(String name, String defaultValue, String description, Optional<When> relevance,
                  List<DefaultWhen> overrides) {

    /**
     * Another key taking one of some values.
     *
     * @param key    the other key
     * @param values the values under which this key applies
     */
    public record When(String key, Set<String> values) {

        /** Copies the values. */
        public When {
            Objects.requireNonNull(key, "key");
            values = Set.copyOf(values);
        }
    }

    /**
     * A default that applies when another key has a value.
     *
     * @param key          the other key
     * @param value        its value
     * @param defaultValue the default then
     */
    public record DefaultWhen(String key, String value, String defaultValue) {

        /** Requires every part. */
        public DefaultWhen {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(defaultValue, "defaultValue");
        }
    }

    /** Requires a name and a description; copies the overrides. */
    public Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(relevance, "relevance");
        overrides = List.copyOf(overrides);
    }

    /** A key that always applies, with one default. */
    public Key(String name, String defaultValue, String description) {
        this(name, defaultValue, description, Optional.empty(), List.of());
    }

    /** A key with a numeric default. */
    public static Key of(String name, double defaultValue, String description) {
        return new Key(name, format(defaultValue), description);
    }

    /** A key with a text default (null: required). */
    public static Key of(String name, String defaultValue, String description) {
        return new Key(name, defaultValue, description);
    }

    /** This key, spelled out in canonical specs only when {@code key} has one of {@code values} (or when given). */
    public Key onlyWhen(String key, String... values) {
        return new Key(name, defaultValue, description, Optional.of(new When(key, Set.of(values))), overrides);
    }

    /** This key, with the default {@code value} when {@code key} has the value {@code when}. */
    public Key defaultWhen(String key, String when, String value) {
        List<DefaultWhen> more = new ArrayList<>(overrides);
        more.add(new DefaultWhen(key, when, value));
        return new Key(name, defaultValue, description, relevance, more);
    }

    /**
     * The default that applies given the values of the other keys.
     *
     * @param valueOf the value (given or default) of another key of the same spec
     */
    public String defaultIn(UnaryOperator<String> valueOf) {
        for (DefaultWhen override : overrides) {
            if (override.value().equals(valueOf.apply(override.key()))) {
                return override.defaultValue();
            }
        }
        return defaultValue;
    }

    /** Whether the key applies (is spelled out in canonical specs) given the values of the other keys. */
    public boolean appliesIn(UnaryOperator<String> valueOf) {
        return relevance.map(when -> when.values().contains(valueOf.apply(when.key()))).orElse(true);
    }

    /** Formats a number the way specs write it: integral values without a fraction. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
