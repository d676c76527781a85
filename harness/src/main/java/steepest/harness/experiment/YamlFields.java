package steepest.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import steepest.optimizers.spec.Numbers;

/**
 * Typed reading of the fields of a {@link LocatedYaml} document, every failure naming the file, the
 * line and the field. Numbers follow the one grammar of specs ({@link Numbers}), so {@code .inf},
 * {@code inf} and {@code -inf} mean the same in a YAML field and in a spec value.
 */
final class YamlFields {

    private final LocatedYaml yaml;

    YamlFields(LocatedYaml yaml) {
        this.yaml = yaml;
    }

    /** The document's root node (null for an empty document). */
    JsonNode root() {
        return yaml.root();
    }

    /** A failure at {@code pointer}. */
    ExperimentException fail(String pointer, String message) {
        return yaml.fail(pointer, message);
    }

    JsonNode required(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(pointer, "the field '" + field + "' is required");
        }
        return value;
    }

    void checkKeys(String pointer, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw fail(pointer, "must be a mapping with keys " + String.join(", ", sorted(allowed)));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw fail(pointer + "/" + key, "unknown field; valid fields here: " + String.join(", ", sorted(allowed)));
            }
        }
    }

    String text(String pointer, JsonNode node) {
        if (!node.isValueNode() || node.isNull()) {
            throw fail(pointer, "must be a text value");
        }
        return node.asText();
    }

    boolean bool(String pointer, JsonNode node) {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        throw fail(pointer, "'" + node.asText() + "' is not true or false");
    }

    double number(String pointer, JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            if (!node.isTextual()) {
                throw new NumberFormatException();
            }
            return Numbers.parse(node.asText());
        } catch (NumberFormatException e) {
            throw fail(pointer, "'" + node.asText() + "' is not a number");
        }
    }

    /** An integer; {@code .inf} reads as {@link Long#MAX_VALUE} where {@code infinite} allows it. */
    long integer(String pointer, JsonNode node, boolean infinite) {
        double value = number(pointer, node);
        if (infinite && value == Double.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        if (value != Math.rint(value)) {
            throw fail(pointer, "'" + node.asText() + "' is not an integer");
        }
        if (Math.abs(value) > 9e15) {
            throw fail(pointer, "'" + node.asText() + "' is too large (at most 9e15)");
        }
        return (long) value;
    }

    long integer(String pointer, JsonNode node) {
        return integer(pointer, node, false);
    }

    /** A non-empty list of names, each one of {@code allowed}. */
    List<String> names(String pointer, JsonNode list, List<String> allowed) {
        if (!list.isArray() || list.isEmpty()) {
            throw fail(pointer, "must be a non-empty list of " + String.join(", ", allowed));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String name = text(pointer + "/" + i, list.get(i));
            if (!allowed.contains(name)) {
                throw fail(pointer + "/" + i, "'" + name + "' is not one of " + String.join(", ", allowed));
            }
            names.add(name);
        }
        return names;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
