package steepest.optimizers.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed spec, the way users name optimizers and problems: {@code name} or
 * {@code name:key=value,key=value}, for example {@code adam:lr=1e-3,beta1=0.9} or
 * {@code rosenbrock:d=100}. Keys are unique; values are kept as text and typed by {@link Arguments}.
 * A value may itself be a whole spec of the same catalog in parentheses, at any depth:
 * {@code lookahead:k=5,inner=(adam:lr=1e-3,weight_decay=1e-4)}; commas inside parentheses belong to
 * the nested spec.
 *
 * @param name      the catalog name
 * @param arguments the key/value pairs in the order given (unmodifiable)
 */
public record Spec(String name, Map<String, String> arguments) {

    /** Copies the arguments. */
    public Spec {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /**
     * Parses {@code text}.
     *
     * @param kind what is being named ("optimizer", "problem"), for messages
     * @throws SpecException if the name is empty, a pair lacks '=', a key is empty or repeated
     */
    public static Spec parse(String kind, String text) {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).strip();
        if (name.isEmpty()) {
            throw new SpecException(kind + " spec '" + text + "' has no name; write name or name:key=value,...");
        }
        if (name.indexOf('(') >= 0 || name.indexOf(')') >= 0 || name.indexOf(',') >= 0 || name.indexOf('=') >= 0) {
            throw new SpecException(kind + " spec '" + text + "': '" + name + "' is not a name; write name or name:key=value,...");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = trimmed.substring(colon + 1);
            if (!rest.isBlank()) {
                for (String pair : topLevelPairs(kind, name, rest)) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? "" : pair.substring(0, eq).strip();
                    if (eq < 0 || key.isEmpty() || key.indexOf('(') >= 0) {
                        throw new SpecException(kind + " '" + name + "': '" + pair.strip()
                                + "' is not a key=value pair");
                    }
                    if (arguments.put(key, pair.substring(eq + 1).strip()) != null) {
                        throw new SpecException(kind + " '" + name + "': key '" + key + "' is given twice");
                    }
                }
            }
        }
        return new Spec(name, arguments);
    }

    /**
     * Whether {@code value} is a nested spec: a whole spec in parentheses, as in
     * {@code lookahead:k=5,inner=(adam:lr=1e-3,weight_decay=1e-4)}.
     */
    public static boolean isNested(String value) {
        return value.length() >= 2 && value.charAt(0) == '(' && value.charAt(value.length() - 1) == ')';
    }

    /** The spec text inside a nested value's parentheses; {@code value} itself when it has none. */
    public static String unwrap(String value) {
        return isNested(value) ? value.substring(1, value.length() - 1).strip() : value;
    }

    /** Splits {@code rest} at the commas outside parentheses; unbalanced parentheses are an error. */
    private static List<String> topLevelPairs(String kind, String name, String rest) {
        List<String> pairs = new ArrayList<>();
        int depth = 0;
        int begin = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    throw new SpecException(kind + " '" + name + "': unbalanced ')' in '" + rest.strip() + "'");
                }
            } else if (c == ',' && depth == 0) {
                pairs.add(rest.substring(begin, i));
                begin = i + 1;
            }
        }
        if (depth != 0) {
            throw new SpecException(kind + " '" + name + "': unbalanced '(' in '" + rest.strip() + "'");
        }
        pairs.add(rest.substring(begin));
        return pairs;
    }

    /** The spec as text: {@code name} or {@code name:k=v,...} in the stored order. */
    @Override
    public String toString() {
        if (arguments.isEmpty()) {
            return name;
        }
        StringBuilder text = new StringBuilder(name).append(':');
        arguments.forEach((k, v) -> text.append(k).append('=').append(v).append(','));
        text.setLength(text.length() - 1);
        return text.toString();
    }
}
