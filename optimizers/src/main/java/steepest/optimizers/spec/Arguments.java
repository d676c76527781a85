package steepest.optimizers.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The typed values of one spec for one catalog entry: each accessor reads the value the user gave
 * or the key's declared default, and fails with a {@link SpecException} naming the entry, the key and
 * the text when the text is not of the right type. Asking for a key the entry did not declare is a
 * programming error.
 */
public final class Arguments {

    private final String kind;
    private final String entry;
    private final Map<String, String> given;
    private final Map<String, Key> keys;
    private final Function<String, ?> nestedFactory;

    Arguments(String kind, String entry, Map<String, String> given, Map<String, Key> keys,
              Function<String, ?> nestedFactory) {
        this.kind = kind;
        this.entry = entry;
        this.given = given;
        this.keys = keys;
        this.nestedFactory = nestedFactory;
    }

    /** Whether the user gave {@code key} explicitly. */
    public boolean given(String key) {
        declared(key);
        return given.containsKey(key);
    }

    /** Whether {@code key} is absent, or given as exactly its default (the text under which it applies here). */
    public boolean atDefault(String key) {
        Key declared = declared(key);
        return !given.containsKey(key) || given.get(key).equals(declared.defaultIn(this::valueOrNull));
    }

    /** The raw text of {@code key} (given or default). */
    public String text(String key) {
        Key declared = declared(key);
        String value = given.containsKey(key) ? given.get(key) : declared.defaultIn(this::valueOrNull);
        if (value == null) {
            throw fail("key '" + key + "' is required (" + declared.description() + ")");
        }
        return value;
    }

    /** {@code key} as a real number ({@link Numbers}: decimal, scientific, {@code inf}, {@code -inf}). */
    public double real(String key) {
        String text = text(key);
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            throw fail(key + "='" + text + "' is not a number");
        }
    }

    /** {@code key} as a real number, or absent when its text is {@code absent} (e.g. {@code none}, {@code auto}). */
    public OptionalDouble optionalReal(String key, String absent) {
        return text(key).equals(absent) ? OptionalDouble.empty() : OptionalDouble.of(real(key));
    }

    /** {@code key} as an int; integral reals such as {@code 1e6} are accepted. */
    public int integer(String key) {
        double value;
        try {
            value = real(key);
        } catch (SpecException e) {
            throw fail(key + "='" + text(key) + "' is not an integer");
        }
        if (value != Math.rint(value)) {
            throw fail(key + "='" + text(key) + "' is not an integer");
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw fail(key + "='" + text(key) + "' is too large (at most " + Integer.MAX_VALUE + ")");
        }
        return (int) value;
    }

    /** {@code key} as a boolean: true/false (any case) or 1/0. */
    public boolean flag(String key) {
        String text = text(key).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw fail(key + "='" + text(key) + "' is not true or false");
        };
    }

    /** {@code key} as one of {@code allowed}. */
    public String choice(String key, String... allowed) {
        String text = text(key);
        if (!Arrays.asList(allowed).contains(text)) {
            throw fail(key + "='" + text + "' is not one of " + String.join(", ", allowed));
        }
        return text;
    }

    /** {@code key} as a list of integers separated by '-', e.g. {@code layers=64-32-10}. */
    public List<Integer> integers(String key) {
        String text = text(key);
        try {
            return Arrays.stream(text.split("-", -1)).map(s -> Integer.valueOf(s.strip())).toList();
        } catch (NumberFormatException e) {
            throw fail(key + "='" + text + "' is not a list of integers separated by '-'");
        }
    }

    /**
     * {@code key} as a nested spec of the same catalog, built: {@code inner=(adam:lr=1e-3)} (the
     * parentheses may be left out when the nested spec has no comma). Errors inside the nested spec
     * are reported with this entry and key in front.
     *
     * @param type what the catalog builds (Optimizer, Problem)
     */
    public <U> U nested(String key, Class<U> type) {
        String inner = nestedText(key);
        try {
            return type.cast(nestedFactory.apply(inner));
        } catch (SpecException e) {
            throw fail(key + "=(" + inner + "): " + e.getMessage());
        }
    }

    /** The text of the nested spec of {@code key}, without its parentheses. */
    public String nestedText(String key) {
        String inner = Spec.unwrap(text(key));
        if (inner.isEmpty()) {
            throw fail(key + "='" + text(key) + "' is not a spec; write " + key + "=(name:key=value,...)");
        }
        return inner;
    }

    /** The value of {@code key}, given or default, or null when it has none or is not declared. */
    String valueOrNull(String key) {
        Key declared = keys.get(key);
        if (declared == null) {
            return null;
        }
        return given.containsKey(key) ? given.get(key) : declared.defaultIn(this::valueOrNull);
    }

    /** A failure naming this entry, for checks that span several keys. */
    public SpecException fail(String message) {
        return new SpecException(kind + " '" + entry + "': " + message);
    }

    private Key declared(String key) {
        Key declared = keys.get(key);
        if (declared == null) {
            throw new IllegalStateException(kind + " '" + entry + "' reads undeclared key '" + key + "'");
        }
        return declared;
    }
}
