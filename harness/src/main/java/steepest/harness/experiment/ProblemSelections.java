package steepest.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.optimizers.spec.ResolvedSpec;
import steepest.problems.BuiltinProblems;
import steepest.problems.Problem;
import steepest.problems.Suite;
import steepest.problems.Tag;

/**
 * Problem items that select problems instead of naming them:
 * <pre>
 * problems:
 *   - {suite: bbob, functions: 1-24, dimensions: [2, 5, 10, 20], instances: [1-5, 51-60]}
 *   - {suite: bbob, dimensions: [10], instances: 1-5, tags: [bbob-multimodal]}
 *   - {catalog: mgh, tags: [scalable], n: 1000}
 *   - {catalog: all, tags: [convex, finite-sum]}
 * </pre>
 * A <b>suite</b> item ({@link Suite}, e.g. COCO's {@code bbob}) gives the functions (default: all),
 * dimensions and instances as integers, ranges {@code a-b} or lists of both; with {@code tags}, only
 * the functions carrying all of them. It expands, dimension-major as COCO orders its problems, into
 * one spec per (dimension, function, instance); it is counted without expanding anything.
 *
 * <p>A <b>catalog</b> item selects the entries of a family, those named {@code NAME} or
 * {@code NAME-...} ({@code mgh} selects the 35 {@code mgh-*} entries), or every entry
 * ({@code all}); any other key is a spec key with one value, given to every selected entry that
 * declares it (and refused if none does). Each entry's instance is built with those keys (the build
 * that validates it anyway): an entry that refuses the values (mgh-watson's n &lt;= 31 refuses
 * {@code n: 1000}) is left out, and with {@code tags} an entry is kept only when its instance
 * carries all of them. Tags are read from the instance because they may depend on its keys (a ridge
 * λ &gt; 0 makes logistic regression strongly convex, a bbob instance has its function's, a noisy
 * one the wrapped problem's). A family has at most as many entries as the catalog, so this work is
 * bounded before the experiment's cells are counted.
 *
 * <p>Unknown suites, families and tags, values out of a suite's range, and selections that select
 * nothing fail naming the field.
 */
final class ProblemSelections {

    /** The {@code catalog} value that selects every entry. */
    static final String ALL = "all";

    private final ExperimentParser parser;
    private final YamlFields yaml;

    ProblemSelections(ExperimentParser parser) {
        this.parser = parser;
        this.yaml = parser.yaml;
    }

    /** Whether {@code item} is a suite or catalog item. */
    static boolean isSelection(JsonNode item) {
        return item.isObject() && (item.has("suite") || item.has("catalog"));
    }

    /** The search spaces (single specs) {@code item} selects, in order. */
    List<SearchSpace> spaces(String pointer, JsonNode item) {
        if (item.has("suite") && item.has("catalog")) {
            throw yaml.fail(pointer, "give either suite or catalog, not both");
        }
        return item.has("suite") ? List.of(suite(pointer, item)) : catalog(pointer, item);
    }

    private SearchSpace suite(String pointer, JsonNode item) {
        yaml.checkKeys(pointer, item, Set.of("suite", "functions", "dimensions", "instances", "tags"));
        String name = yaml.text(pointer + "/suite", item.get("suite"));
        List<Suite> suites = BuiltinProblems.suites();
        Suite suite = suites.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> yaml.fail(
                pointer + "/suite", "unknown suite '" + name + "'; valid suites: "
                        + suites.stream().map(Suite::name).collect(Collectors.joining(", "))));
        if (!parser.catalogs.problems().contains(suite.entry())) {
            throw yaml.fail(pointer + "/suite", "suite " + name + " needs the problem '" + suite.entry()
                    + "', which the catalogs lack");
        }
        int functionCount = suite.functions().size();
        List<Integer> functions = item.has("functions")
                ? integers(pointer + "/functions", item.get("functions"), 1, functionCount, name + " function")
                : java.util.stream.IntStream.rangeClosed(1, functionCount).boxed().toList();
        List<Integer> dimensions = integers(pointer + "/dimensions", yaml.required(item, "dimensions", pointer),
                suite.minDimension(), suite.maxDimension(), "dimension");
        List<Integer> instances = integers(pointer + "/instances", yaml.required(item, "instances", pointer),
                1, suite.maxInstance(), "instance");
        if (item.has("tags")) {
            Set<Tag> wanted = tags(pointer + "/tags", item.get("tags"));
            functions = functions.stream().filter(f -> suite.functions().get(f - 1).tags().containsAll(wanted)).toList();
            if (functions.isEmpty()) {
                throw yaml.fail(pointer + "/tags", "no " + name + " function of those given carries " + tokens(wanted));
            }
        }
        return new SearchSpace(suite.entry(), List.of(
                SearchSpace.Parameter.listed(suite.dimensionKey(), texts(dimensions)),
                SearchSpace.Parameter.listed(suite.functionKey(), texts(functions)),
                SearchSpace.Parameter.listed(suite.instanceKey(), texts(instances))));
    }

    private List<SearchSpace> catalog(String pointer, JsonNode item) {
        Catalog<Problem> catalog = parser.catalogs.problems();
        String family = yaml.text(pointer + "/catalog", item.get("catalog"));
        List<CatalogEntry<Problem>> entries = catalog.entries().stream()
                .filter(e -> family.equals(ALL) || e.name().equals(family) || e.name().startsWith(family + "-")).toList();
        if (entries.isEmpty()) {
            throw yaml.fail(pointer + "/catalog", "no problem is named '" + family + "' or '" + family
                    + "-...'; give a family such as mgh or bbob, or all");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equals("catalog") || key.equals("tags")) {
                continue;
            }
            String where = pointer + "/" + key;
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw yaml.fail(where, "a catalog item's key takes one value, given to every selected problem that has it");
            }
            if (entries.stream().noneMatch(e -> declares(e, key))) {
                throw yaml.fail(where, "no selected problem has the key '" + key + "'");
            }
            keys.put(key, field.getValue().asText());
        }
        Set<Tag> wanted = item.has("tags") ? tags(pointer + "/tags", item.get("tags")) : Set.of();
        List<SearchSpace> spaces = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (CatalogEntry<Problem> entry : entries) {
            List<SearchSpace.Parameter> parameters = new ArrayList<>();
            keys.forEach((key, value) -> {
                if (declares(entry, key)) {
                    parameters.add(SearchSpace.Parameter.listed(key, List.of(value)));
                }
            });
            SearchSpace space = new SearchSpace(entry.name(), parameters);
            Problem problem = build(pointer, space.grid().get(0), !parameters.isEmpty(), refused);
            if (problem != null && problem.tags().containsAll(wanted)) {
                spaces.add(space);
            }
        }
        if (spaces.isEmpty()) {
            throw yaml.fail(pointer, "no problem of '" + family + "'" + (keys.isEmpty() ? "" : " with " + keys)
                    + " carries " + tokens(wanted) + (refused.isEmpty() ? "" : "; refused the values: " + refused.get(0)
                    + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more)" : "")));
        }
        return spaces;
    }

    private static boolean declares(CatalogEntry<?> entry, String key) {
        return entry.keys().stream().map(Key::name).anyMatch(key::equals);
    }

    /**
     * The instance of {@code spec}, built once here and kept as validated (so it is not built again),
     * or null when it refuses the item's values ({@code given}: an entry whose range excludes them,
     * as mgh-watson's n &lt;= 31 excludes n = 1000, is not one the item selects); the reason is added
     * to {@code refused}. Any other failure fails the item.
     */
    private Problem build(String pointer, String spec, boolean given, List<String> refused) {
        try {
            ResolvedSpec<Problem> resolved = parser.catalogs.problems().resolve(spec);
            Problem problem = resolved.build();
            parser.problems.putIfAbsent(resolved.canonical(), resolved);
            return problem;
        } catch (IllegalArgumentException e) {
            if (given) {
                refused.add(e.getMessage());
                return null;
            }
            throw yaml.fail(pointer, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            throw yaml.fail(pointer, "'" + spec + "' cannot be built to read its tags: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private Set<Tag> tags(String pointer, JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw yaml.fail(pointer, "must be a non-empty list of tags");
        }
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (int i = 0; i < node.size(); i++) {
            try {
                tags.add(Tag.of(yaml.text(pointer + "/" + i, node.get(i))));
            } catch (IllegalArgumentException e) {
                throw yaml.fail(pointer + "/" + i, e.getMessage());
            }
        }
        return tags;
    }

    private static String tokens(Set<Tag> tags) {
        return tags.isEmpty() ? "every tag" : "the tags [" + String.join(", ", Tag.tokens(tags)) + "]";
    }

    /**
     * Distinct integers in [min, max] from an integer, a range {@code a-b} or a list of both, in the
     * order given; a range is checked against the bounds before it is listed.
     */
    private List<Integer> integers(String pointer, JsonNode node, int min, int max, String what) {
        Set<Integer> values = new LinkedHashSet<>();
        if (node.isArray()) {
            if (node.isEmpty()) {
                throw yaml.fail(pointer, "an empty list gives no " + what);
            }
            for (int i = 0; i < node.size(); i++) {
                addIntegers(pointer + "/" + i, node.get(i), min, max, what, values);
            }
        } else {
            addIntegers(pointer, node, min, max, what, values);
        }
        return List.copyOf(values);
    }

    private void addIntegers(String pointer, JsonNode node, int min, int max, String what, Set<Integer> into) {
        String text = yaml.text(pointer, node).trim();
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("(\\d+)\\s*-\\s*(\\d+)").matcher(text);
        long low;
        long high;
        if (range.matches()) {
            low = bounded(pointer, range.group(1), what);
            high = bounded(pointer, range.group(2), what);
            if (low > high) {
                throw yaml.fail(pointer, "the range " + text + " is empty (write low-high)");
            }
        } else {
            low = yaml.integer(pointer, node);
            high = low;
        }
        if (low < min || high > max) {
            long outside = low < min ? low : high;
            throw yaml.fail(pointer, what + " " + outside + " is outside " + min + ".." + max);
        }
        for (long v = low; v <= high; v++) {
            if (!into.add((int) v)) {
                throw yaml.fail(pointer, what + " " + v + " is given twice");
            }
        }
    }

    private long bounded(String pointer, String digits, String what) {
        if (digits.length() > 9) {
            throw yaml.fail(pointer, what + " " + digits + " is too large");
        }
        return Long.parseLong(digits);
    }

    private static List<String> texts(List<Integer> values) {
        return values.stream().map(String::valueOf).toList();
    }
}
