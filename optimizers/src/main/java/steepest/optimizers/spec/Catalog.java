package steepest.optimizers.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed set of named entries that users reach by spec text. {@link #create} parses the spec,
 * rejects unknown names and keys (listing the valid ones), types the values and runs the entry's
 * factory; any IllegalArgumentException from a settings record becomes a {@link SpecException}
 * that names the entry. A value in parentheses is a nested spec of this same catalog (a wrapper's
 * inner optimizer, a wrapped problem): {@link Arguments#nested} builds it here, and
 * {@link #canonical} and {@link #compact} recurse into it.
 *
 * @param <T> what the entries build
 */
public final class Catalog<T> {

    private final String kind;
    private final Map<String, CatalogEntry<T>> entries = new LinkedHashMap<>();

    /**
     * @param kind    what the entries are ("optimizer", "problem"), for messages
     * @param entries the entries, in the order {@code list} shows them; names must be unique
     */
    public Catalog(String kind, List<CatalogEntry<T>> entries) {
        this.kind = kind;
        for (CatalogEntry<T> entry : entries) {
            if (this.entries.put(entry.name(), entry) != null) {
                throw new IllegalStateException("two " + kind + "s are named " + entry.name());
            }
        }
    }

    /** The entries in display order. */
    public List<CatalogEntry<T>> entries() {
        return List.copyOf(entries.values());
    }

    /** Builds the value named by {@code text}; the same as {@code resolve(text).build()}. */
    public T create(String text) {
        return resolve(text).build();
    }

    /**
     * Resolves {@code text} once: parses it, finds its entry, checks its keys and spells out its
     * canonical form, without building anything.
     *
     * @throws SpecException naming the unknown name or key, or the malformed text
     */
    public ResolvedSpec<T> resolve(String text) {
        Spec spec = Spec.parse(kind, text);
        CatalogEntry<T> entry = lookup(spec.name());
        Arguments arguments = arguments(entry, spec);
        Map<String, String> all = new LinkedHashMap<>();
        for (Key key : entry.keys()) {
            boolean given = spec.arguments().containsKey(key.name());
            if (!given && !key.appliesIn(arguments::valueOrNull)) {
                continue;
            }
            String value = given ? spec.arguments().get(key.name()) : arguments.valueOrNull(key.name());
            if (value != null) {
                all.put(key.name(), Spec.isNested(value) ? "(" + nestedCanonical(arguments, key.name(), value) + ")" : value);
            }
        }
        return new ResolvedSpec<>(entry, arguments, new Spec(spec.name(), all).toString());
    }

    private String nestedCanonical(Arguments arguments, String key, String value) {
        String inner = Spec.unwrap(value);
        try {
            return canonical(inner);
        } catch (SpecException e) {
            throw arguments.fail(key + "=(" + inner + "): " + e.getMessage());
        }
    }

    /**
     * The spec with every declared key spelled out (given values as given, defaults filled in), for
     * manifests: a run can be replayed from it even if defaults change.
     */
    public String canonical(String text) {
        return resolve(text).canonical();
    }

    /** Whether an entry is named {@code name}. */
    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** What the entries are ("optimizer", "problem"), for messages. */
    public String kind() {
        return kind;
    }

    /**
     * The spec with only the keys whose values differ from their defaults (compared as numbers where
     * both are numbers), for labels: {@code sgd:lr=0.05,batch=64} rather than every key spelled out.
     */
    public String compact(String text) {
        Spec spec = Spec.parse(kind, text);
        CatalogEntry<T> entry = lookup(spec.name());
        Map<String, String> differing = new LinkedHashMap<>();
        Arguments arguments = arguments(entry, spec);
        for (Key key : entry.keys()) {
            String value = spec.arguments().get(key.name());
            if (value != null && Spec.isNested(value)) {
                differing.put(key.name(), "(" + compact(Spec.unwrap(value)) + ")");
            } else if (value != null && !sameValue(value, key.defaultIn(arguments::valueOrNull))) {
                differing.put(key.name(), value);
            }
        }
        return new Spec(spec.name(), differing).toString();
    }

    private static boolean sameValue(String value, String defaultValue) {
        if (defaultValue == null) {
            return false;
        }
        if (value.equals(defaultValue)) {
            return true;
        }
        try {
            return Double.parseDouble(value) == Double.parseDouble(defaultValue);
        } catch (NumberFormatException e) {
            return value.equalsIgnoreCase(defaultValue) && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"));
        }
    }

    private CatalogEntry<T> lookup(String name) {
        CatalogEntry<T> entry = entries.get(name);
        if (entry == null) {
            throw new SpecException("unknown " + kind + " '" + name + "'; valid " + kind + "s: "
                    + String.join(", ", entries.keySet()));
        }
        return entry;
    }

    private Arguments arguments(CatalogEntry<T> entry, Spec spec) {
        Map<String, Key> keys = new LinkedHashMap<>();
        entry.keys().forEach(k -> keys.put(k.name(), k));
        for (String given : spec.arguments().keySet()) {
            if (!keys.containsKey(given)) {
                List<String> valid = new ArrayList<>(keys.keySet());
                throw new SpecException(kind + " '" + entry.name() + "': unknown key '" + given + "'; valid keys: "
                        + (valid.isEmpty() ? "none" : String.join(", ", valid)));
            }
        }
        return new Arguments(kind, entry.name(), spec.arguments(), keys, this::create);
    }
}
