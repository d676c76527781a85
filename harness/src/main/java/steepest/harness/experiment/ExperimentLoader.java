package steepest.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import steepest.optimizers.Optimizers;
import steepest.optimizers.spec.Catalog;
import steepest.problems.Problems;

/**
 * Reads experiment files (YAML) and the built-in catalog under {@code resources/experiments}. The
 * format, with every field but the lists optional:
 * <pre>
 * name: quickstart                  # letters, digits, '-', '_'
 * description: ...
 * seed: 0                           # experiment seed
 * seeds: 3                          # replicate seeds 0..2, or a list [0, 5, 7]
 * problems:                         # specs, or name + params grids
 *   - rosenbrock:d=2
 *   - {name: quadratic, params: {d: 100, cond: [10, 1000]}}
 * optimizers:
 *   - gd:lr=1e-3
 *   - {name: gd, params: {lr: {log: [1e-4, 1e-2], points: 3}}}
 * budget: {iterations: 1000, gradient_evaluations: .inf, epochs: .inf, time_seconds: .inf}
 * stop: {gtol: 1e-8, target_gap: 1e-6, gap: 0, check_every: 1}
 * record: {per_decade: 20, test_metrics: true, layer_norms: false}   # or {every: 10}
 * </pre>
 * Every error names the file, line and field.
 */
public final class ExperimentLoader {

    private static final String BUILTIN_FOLDER = "experiments/";
    private static final Set<String> TOP = Set.of("name", "description", "seed", "seeds", "problems", "optimizers",
            "budget", "stop", "record");
    private static final long DEFAULT_ITERATIONS = 1000;
    private static final int DEFAULT_PER_DECADE = 20;

    private final LocatedYaml yaml;

    private ExperimentLoader(LocatedYaml yaml) {
        this.yaml = yaml;
    }

    /** The names of the built-in experiments, in catalog order. */
    public static List<String> builtinNames() {
        return readResource(BUILTIN_FOLDER + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Loads {@code fileOrName}: a YAML file if that path exists, else a built-in experiment.
     *
     * @throws ExperimentException naming the file, line and field of the first problem found
     */
    public static Experiment load(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.isRegularFile(path)) {
            try {
                return parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ExperimentException(fileOrName + ": cannot be read: " + e.getMessage());
            }
        }
        if (builtinNames().contains(fileOrName)) {
            return parse(fileOrName + ".yaml", readResource(BUILTIN_FOLDER + fileOrName + ".yaml"));
        }
        throw new ExperimentException("no experiment file or built-in experiment named '" + fileOrName
                + "'; built-in experiments: " + String.join(", ", builtinNames()));
    }

    /** The YAML text of a built-in experiment, or of the file at {@code fileOrName}. */
    public static String sourceText(String fileOrName) {
        Path path = Path.of(fileOrName);
        try {
            return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8)
                    : readResource(BUILTIN_FOLDER + fileOrName + ".yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates experiment YAML; {@code source} names it in messages. */
    public static Experiment parse(String source, String text) {
        return new ExperimentLoader(LocatedYaml.parse(source, text)).experiment();
    }

    private Experiment experiment() {
        JsonNode root = yaml.root();
        if (root == null || !root.isObject()) {
            throw yaml.fail("", "an experiment is a mapping with at least name, problems and optimizers");
        }
        checkKeys("", root, TOP);
        String name = text("/name", required(root, "name", ""));
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw yaml.fail("/name", "'" + name + "' may hold only letters, digits, '-' and '_'");
        }
        String description = root.has("description") ? text("/description", root.get("description")) : "";
        long seed = root.has("seed") ? integer("/seed", root.get("seed")) : 0;
        List<String> problems = specs("problems", root, Problems.catalog());
        List<String> optimizers = specs("optimizers", root, Optimizers.catalog());
        List<Long> seeds = seeds(root.get("seeds"));
        return new Experiment(name, description, seed, problems, optimizers, seeds, budget(root.get("budget")),
                tolerances(root.get("stop")), recording(root.get("record")));
    }

    private List<Long> seeds(JsonNode node) {
        if (node == null) {
            return List.of(0L);
        }
        List<Long> seeds = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                seeds.add(integer("/seeds/" + i, node.get(i)));
            }
        } else {
            long count = integer("/seeds", node);
            if (count < 1) {
                throw yaml.fail("/seeds", "the number of seeds must be >= 1, got " + count);
            }
            for (long s = 0; s < count; s++) {
                seeds.add(s);
            }
        }
        if (seeds.isEmpty() || new LinkedHashSet<>(seeds).size() != seeds.size()) {
            throw yaml.fail("/seeds", "give a count or a non-empty list of distinct seeds");
        }
        return seeds;
    }

    private Experiment.Budget budget(JsonNode node) {
        if (node == null) {
            return new Experiment.Budget(DEFAULT_ITERATIONS, inf(), inf(), inf());
        }
        checkKeys("/budget", node, Set.of("iterations", "gradient_evaluations", "epochs", "time_seconds"));
        long iterations = node.has("iterations") ? integer("/budget/iterations", node.get("iterations")) : Long.MAX_VALUE;
        if (iterations < 0) {
            throw yaml.fail("/budget/iterations", "must be >= 0, got " + iterations);
        }
        double gradients = positiveOrInf(node, "/budget", "gradient_evaluations");
        double epochs = positiveOrInf(node, "/budget", "epochs");
        double seconds = positiveOrInf(node, "/budget", "time_seconds");
        if (iterations == Long.MAX_VALUE && gradients == inf() && epochs == inf() && seconds == inf()) {
            throw yaml.fail("/budget", "give at least one finite budget: iterations, gradient_evaluations, epochs or time_seconds");
        }
        return new Experiment.Budget(iterations, gradients, epochs, seconds);
    }

    private Experiment.Tolerances tolerances(JsonNode node) {
        if (node == null) {
            return new Experiment.Tolerances(0, 0, 0, 1);
        }
        checkKeys("/stop", node, Set.of("gtol", "target_gap", "gap", "check_every"));
        long checkEvery = node.has("check_every") ? integer("/stop/check_every", node.get("check_every")) : 1;
        if (checkEvery < 1) {
            throw yaml.fail("/stop/check_every", "must be >= 1, got " + checkEvery);
        }
        return new Experiment.Tolerances(nonNegative(node, "/stop", "gtol"), nonNegative(node, "/stop", "target_gap"),
                nonNegative(node, "/stop", "gap"), checkEvery);
    }

    private Experiment.Recording recording(JsonNode node) {
        if (node == null) {
            return new Experiment.Recording(0, DEFAULT_PER_DECADE, true, false);
        }
        checkKeys("/record", node, Set.of("every", "per_decade", "test_metrics", "layer_norms"));
        boolean testMetrics = !node.has("test_metrics") || bool("/record/test_metrics", node.get("test_metrics"));
        boolean layerNorms = node.has("layer_norms") && bool("/record/layer_norms", node.get("layer_norms"));
        if (node.has("every") && node.has("per_decade")) {
            throw yaml.fail("/record", "give either every or per_decade, not both");
        }
        if (node.has("every")) {
            long every = integer("/record/every", node.get("every"));
            if (every < 1) {
                throw yaml.fail("/record/every", "must be >= 1, got " + every);
            }
            return new Experiment.Recording(every, 0, testMetrics, layerNorms);
        }
        long perDecade = node.has("per_decade") ? integer("/record/per_decade", node.get("per_decade")) : DEFAULT_PER_DECADE;
        if (perDecade < 1 || perDecade > 1000) {
            throw yaml.fail("/record/per_decade", "must be in [1, 1000], got " + perDecade);
        }
        return new Experiment.Recording(0, (int) perDecade, testMetrics, layerNorms);
    }

    /** Expands a list of specs and grids into canonical specs, each validated by building it once. */
    private List<String> specs(String field, JsonNode root, Catalog<?> catalog) {
        JsonNode list = required(root, field, "");
        if (!list.isArray() || list.isEmpty()) {
            throw yaml.fail("/" + field, "must be a non-empty list of specs");
        }
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/" + field + "/" + i;
            for (String spec : expand(pointer, list.get(i))) {
                String canonical;
                try {
                    catalog.create(spec);
                    canonical = catalog.canonical(spec);
                } catch (IllegalArgumentException e) {
                    throw yaml.fail(pointer, e.getMessage());
                }
                if (specs.contains(canonical)) {
                    throw yaml.fail(pointer, "'" + spec + "' appears twice");
                }
                specs.add(canonical);
            }
        }
        return specs;
    }

    private List<String> expand(String pointer, JsonNode item) {
        if (item.isTextual()) {
            return List.of(item.asText());
        }
        if (!item.isObject()) {
            throw yaml.fail(pointer, "must be a spec such as name:key=value or a mapping {name: ..., params: {...}}");
        }
        checkKeys(pointer, item, Set.of("name", "params"));
        String name = text(pointer + "/name", required(item, "name", pointer));
        List<String> specs = new ArrayList<>(List.of(name + ":"));
        JsonNode params = item.get("params");
        if (params != null) {
            if (!params.isObject()) {
                throw yaml.fail(pointer + "/params", "must be a mapping of key to a value, a list or a grid");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                List<String> values = values(pointer + "/params/" + entry.getKey(), entry.getValue());
                List<String> next = new ArrayList<>();
                for (String prefix : specs) {
                    for (String value : values) {
                        next.add(prefix + (prefix.endsWith(":") ? "" : ",") + entry.getKey() + "=" + value);
                    }
                }
                specs = next;
            }
        }
        return specs.stream().map(s -> s.endsWith(":") ? s.substring(0, s.length() - 1) : s).toList();
    }

    /** A scalar, a list of scalars, or {log|linear: [low, high], points: k}. */
    private List<String> values(String pointer, JsonNode node) {
        if (node.isValueNode()) {
            return List.of(node.asText());
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isValueNode()) {
                    throw yaml.fail(pointer + "/" + i, "a list of values holds only scalars");
                }
                values.add(node.get(i).asText());
            }
            if (values.isEmpty()) {
                throw yaml.fail(pointer, "an empty list gives no value");
            }
            return values;
        }
        checkKeys(pointer, node, Set.of("log", "linear", "points"));
        boolean log = node.has("log");
        if (log == node.has("linear")) {
            throw yaml.fail(pointer, "a grid is {log: [low, high], points: k} or {linear: [low, high], points: k}");
        }
        String kind = log ? "log" : "linear";
        JsonNode range = node.get(kind);
        if (!range.isArray() || range.size() != 2) {
            throw yaml.fail(pointer + "/" + kind, "must be [low, high]");
        }
        double low = number(pointer + "/" + kind + "/0", range.get(0));
        double high = number(pointer + "/" + kind + "/1", range.get(1));
        long points = integer(pointer + "/points", required(node, "points", pointer));
        if (points < 2 || points > 1000) {
            throw yaml.fail(pointer + "/points", "must be in [2, 1000], got " + points);
        }
        if (log && !(low > 0 && high > 0)) {
            throw yaml.fail(pointer + "/log", "a log grid needs low > 0 and high > 0");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double t = (double) i / (points - 1);
            double value = log ? low * Math.pow(high / low, t) : low + (high - low) * t;
            values.add(roundForSpec(value));
        }
        return values;
    }

    /** Ten significant digits, so grid points print as 0.001 rather than 0.0010000000000000002. */
    private static String roundForSpec(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : Double.toString(rounded.doubleValue());
    }

    private JsonNode required(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw yaml.fail(pointer, "the field '" + field + "' is required");
        }
        return value;
    }

    private void checkKeys(String pointer, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw yaml.fail(pointer, "must be a mapping with keys " + String.join(", ", sorted(allowed)));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw yaml.fail(pointer + "/" + key, "unknown field; valid fields here: " + String.join(", ", sorted(allowed)));
            }
        }
    }

    private String text(String pointer, JsonNode node) {
        if (!node.isValueNode() || node.isNull()) {
            throw yaml.fail(pointer, "must be a text value");
        }
        return node.asText();
    }

    private boolean bool(String pointer, JsonNode node) {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        throw yaml.fail(pointer, "'" + node.asText() + "' is not true or false");
    }

    private double number(String pointer, JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        String text = node.isTextual() ? node.asText().strip() : "";
        Function<String, Double> parse = s -> switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case ".inf", "inf", "infinity", "+.inf" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
        try {
            double value = parse.apply(text);
            if (Double.isNaN(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw yaml.fail(pointer, "'" + node.asText() + "' is not a number");
        }
    }

    private long integer(String pointer, JsonNode node) {
        double value = number(pointer, node);
        if (value != Math.rint(value) || Math.abs(value) > 9e15) {
            throw yaml.fail(pointer, "'" + node.asText() + "' is not an integer");
        }
        return (long) value;
    }

    private double positiveOrInf(JsonNode node, String pointer, String field) {
        if (!node.has(field)) {
            return inf();
        }
        double value = number(pointer + "/" + field, node.get(field));
        if (!(value > 0)) {
            throw yaml.fail(pointer + "/" + field, "must be > 0, got " + value);
        }
        return value;
    }

    private double nonNegative(JsonNode node, String pointer, String field) {
        if (!node.has(field)) {
            return 0;
        }
        double value = number(pointer + "/" + field, node.get(field));
        if (!(value >= 0) || value == inf()) {
            throw yaml.fail(pointer + "/" + field, "must be a finite number >= 0, got " + value);
        }
        return value;
    }

    private static double inf() {
        return Double.POSITIVE_INFINITY;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static String readResource(String name) {
        try (InputStream in = ExperimentLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
