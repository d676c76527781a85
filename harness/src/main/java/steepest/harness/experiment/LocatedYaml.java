package steepest.harness.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a Jackson tree plus the line of every node, keyed by JSON pointer
 * ({@code /optimizers/1/params/lr}), so validation can say where a bad value is. Strict: a key given
 * twice in one mapping, a second document in the stream, and anchors or aliases ({@code &x},
 * {@code *x}, which would otherwise read as their own names) are refused with their line.
 */
final class LocatedYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private final String source;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(String source, JsonNode root, Map<String, Integer> lines) {
        this.source = source;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Parses {@code text}.
     *
     * @param source the file name used in messages
     * @throws ExperimentException on a syntax error, with its line
     */
    static LocatedYaml parse(String source, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            Map<String, Integer> lines = new HashMap<>();
            try (JsonParser parser = YAML.createParser(text)) {
                int documents = 0;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    JsonStreamContext context = parser.getParsingContext();
                    int line = parser.currentTokenLocation().getLineNr();
                    if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
                        throw new ExperimentException(source + ":" + line + ": YAML anchors and aliases (&name, *name) "
                                + "are not supported; write the value out");
                    }
                    boolean atRoot = context.inRoot() || (token.isStructStart() && context.getParent() != null
                            && context.getParent().inRoot());
                    if (atRoot && (token.isStructStart() || token.isScalarValue()) && ++documents > 1) {
                        throw new ExperimentException(source + ":" + line + ": a second YAML document; "
                                + "an experiment file holds one");
                    }
                    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
                        context = context.getParent();
                    }
                    lines.putIfAbsent(context.pathAsPointer().toString(), line);
                }
            }
            return new LocatedYaml(source, root, lines);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? source : source + ":" + location.getLineNr();
            throw new ExperimentException(where + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ExperimentException(source + ": cannot be read: " + e.getMessage());
        }
    }

    JsonNode root() {
        return root;
    }

    /** A failure at the node {@code pointer}, naming the file, the line and the field. */
    ExperimentException fail(String pointer, String message) {
        String at = pointer;
        Integer line = null;
        while (line == null && !at.isEmpty()) {
            line = lines.get(at);
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
        String field = pointer.isEmpty() ? "(document)" : fieldName(pointer);
        return new ExperimentException(source + (line == null ? "" : ":" + line) + ": " + field + ": " + message);
    }

    /** {@code /optimizers/1/params/lr} as {@code optimizers[1].params.lr}. */
    private static String fieldName(String pointer) {
        StringBuilder name = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit) && name.length() > 0) {
                name.append('[').append(part).append(']');
            } else {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return name.toString();
    }
}
