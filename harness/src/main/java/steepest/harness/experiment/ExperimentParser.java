package steepest.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import steepest.harness.catalog.Catalogs;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.ResolvedSpec;
import steepest.optimizers.spec.Spec;
import steepest.problems.Problem;

/**
 * Reads an experiment file (YAML) into a {@link Study}. The format, with every field but the lists
 * optional:
 * <pre>
 * name: quickstart                  # letters, digits, '-', '_'
 * description: ...
 * seed: 0                           # experiment seed
 * seeds: 3                          # replicate seeds 0..2, or a list [0, 5, 7]
 * problems:                         # specs, name + params grids, suites, catalog families by tag
 *   - rosenbrock:d=2
 *   - {name: quadratic, params: {d: 100, cond: [10, 1000]}}
 *   - {suite: bbob, functions: 1-24, dimensions: [2, 5, 10], instances: 1-5}   # see ProblemSelections
 *   - {catalog: mgh, tags: [scalable], n: 1000}
 * optimizers:
 *   - gd:lr=1e-3
 *   - {name: gd, params: {lr: {log: [1e-4, 1e-2], points: 3}}}
 *   - {name: subgradient, params: {step: polyak, f_star: 0.5}, on: [rosenbrock:d=2]}   # only on these problems
 * budget: {iterations: 1000, gradient_evaluations: .inf, epochs: .inf, time_seconds: .inf,
 *          gradient_evaluations_per_dimension: .inf}   # n times this for a problem of dimension n
 * stop: {gtol: 1e-8, target_gap: 1e-6, target_reduction: 1e-6, gap: 0, check_every: 1}
 * record: {per_decade: 20, test_metrics: true, layer_norms: false, x: false}   # or {every: 10}
 * start: {uniform: [-5, 5]}          # seeded random starts (default: each problem's standard start)
 * report: {...}                      # see ReportSettings; not part of the experiment's hash
 * </pre>
 * Every spec is resolved once against the catalogs (entry, keys, canonical text) and every distinct
 * spec built once to validate its values, so a bad value is reported here with its file, line and
 * field rather than by every cell. The number of cells is counted before any grid or suite is
 * expanded and refused past the limit (a catalog item's tag filter builds its family's entries
 * first: at most the catalog's size).
 */
public final class ExperimentParser {

    /** The default limit on the number of cells of one experiment. */
    public static final long DEFAULT_MAX_CELLS = 1_000_000;

    private static final Set<String> TOP = Set.of("name", "description", "seed", "seeds", "problems", "optimizers",
            "budget", "stop", "record", "tune", "start", "report");
    private static final int NAME_LIMIT = 100;
    private static final long DEFAULT_ITERATIONS = 1000;
    private static final int DEFAULT_PER_DECADE = 20;

    final YamlFields yaml;
    final Catalogs catalogs;
    /** The folder relative {@code file=} paths resolve against: the experiment file's, else the current one. */
    final Path folder;
    final long maxCells;
    final Map<String, ResolvedSpec<Problem>> problems = new LinkedHashMap<>();
    final Map<String, ResolvedSpec<Optimizer>> optimizers = new LinkedHashMap<>();

    ExperimentParser(ExperimentSource source, Catalogs catalogs, long maxCells) {
        this.yaml = new YamlFields(LocatedYaml.parse(source.name(), source.text()));
        this.catalogs = catalogs;
        this.folder = source.folder().orElse(Path.of("").toAbsolutePath());
        this.maxCells = maxCells;
    }

    /**
     * Parses and validates an experiment.
     *
     * @param maxCells the most cells accepted
     * @throws ExperimentException naming the file, line and field of the first problem found
     */
    public static Study study(ExperimentSource source, Catalogs catalogs, long maxCells) {
        ExperimentParser parser = new ExperimentParser(source, catalogs, maxCells);
        JsonNode root = parser.yaml.root();
        if (root != null && root.has("tune")) {
            throw parser.yaml.fail("/tune", "this experiment is a tuning; run it with 'steepest tune'");
        }
        Experiment experiment = parser.experiment(true);
        if (root.has("report")) {
            ReportSettingsParser.parse(parser.yaml, root.get("report"));
        }
        return new Study(experiment, source.text(), catalogs, parser.problems, parser.optimizers);
    }

    /** The experiment's fields; the optimizer list is expanded only when {@code expandOptimizers}. */
    Experiment experiment(boolean expandOptimizers) {
        JsonNode root = yaml.root();
        if (root == null || !root.isObject()) {
            throw yaml.fail("", "an experiment is a mapping with at least name, problems and optimizers");
        }
        yaml.checkKeys("", root, TOP);
        String name = yaml.text("/name", yaml.required(root, "name", ""));
        if (!Experiment.isFileSafeName(name, NAME_LIMIT)) {
            throw yaml.fail("/name", "'" + name + "' may hold only letters, digits, '-' and '_' (at most 100)");
        }
        String description = root.has("description") ? yaml.text("/description", root.get("description")) : "";
        long seed = root.has("seed") ? yaml.integer("/seed", root.get("seed")) : 0;
        List<Item> problemItems = problemItems(root);
        List<Item> optimizerItems = expandOptimizers ? items("optimizers", spaces("optimizers", root, true)) : List.of();
        long seedCount = root.has("seeds") ? seedCount("/seeds", root.get("seeds")) : 1;
        long problemCount = gridSize(Item.spaces(problemItems));
        if (expandOptimizers) {
            checkCells(problemCount, gridSize(Item.spaces(optimizerItems)), seedCount);
        } else if (problemCount > maxCells) {
            throw yaml.fail("/problems", problemCount + " problems exceed the limit of " + maxCells
                    + " cells; raise it with --max-cells");
        }
        List<String> problemSpecs = expand(problemItems, catalogs.problems(), problems);
        List<String> optimizerSpecs = expandOptimizers ? expand(optimizerItems, catalogs.optimizers(), optimizers)
                : List.of();
        List<Long> seeds = root.has("seeds") ? seeds("/seeds", root.get("seeds")) : List.of(0L);
        List<Experiment.Pair> pairs = expandOptimizers ? restrictedPairs(root, problemSpecs) : List.of();
        Experiment.Budget budget = budget(root.get("budget"));
        checkUpdateLimits(optimizerSpecs, budget.iterations());
        return new Experiment(name, description, seed, problemSpecs, optimizerSpecs, seeds, pairs,
                budget, tolerances(root.get("stop")), recording(root.get("record")), start(root.get("start")));
    }

    /**
     * Refuses an iteration budget beyond what an optimizer allows (a OneCycle schedule's total_steps),
     * which would fail every one of its cells past that update.
     */
    void checkUpdateLimits(List<String> optimizerSpecs, long iterations) {
        for (String spec : optimizerSpecs) {
            OptionalLong limit;
            try {
                limit = optimizers.get(spec).build().updateLimit();
            } catch (RuntimeException e) {
                continue;
            }
            if (limit.isPresent() && iterations > limit.getAsLong()) {
                String optimizer = catalogs.optimizers().compact(spec);
                throw iterations == Long.MAX_VALUE
                        ? yaml.fail("/budget", "no iterations limit, while optimizer '" + optimizer + "' allows at most "
                                + limit.getAsLong() + " updates (its total_steps + 1); set budget.iterations to at most "
                                + limit.getAsLong())
                        : yaml.fail("/budget/iterations", iterations + " iterations exceed the " + limit.getAsLong()
                                + " updates optimizer '" + optimizer + "' allows (its total_steps + 1); raise total_steps"
                                + " or lower the budget");
            }
        }
    }

    /** Refuses more than {@link #maxCells} cells, counted without expanding anything. */
    void checkCells(long problemCount, long optimizerCount, long seedCount) {
        long cells = saturatedProduct(saturatedProduct(problemCount, optimizerCount), seedCount);
        if (cells > maxCells) {
            throw yaml.fail("", (cells == Long.MAX_VALUE ? "more than 9e18" : Long.toString(cells)) + " cells ("
                    + problemCount + " problems x " + optimizerCount + " optimizers x " + seedCount
                    + " seeds) exceed the limit of " + maxCells + "; raise it with --max-cells");
        }
    }

    static long gridSize(List<SearchSpace> spaces) {
        long total = 0;
        for (SearchSpace space : spaces) {
            total = Math.min(Long.MAX_VALUE - 1, total + space.gridSize());
        }
        return total;
    }

    static long saturatedProduct(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /**
     * A search space and the field of the list item it comes from (a suite or catalog item of the
     * problem list gives several from one item).
     *
     * @param pointer the item's JSON pointer, for messages
     * @param space   the search space
     */
    record Item(String pointer, SearchSpace space) {

        static List<SearchSpace> spaces(List<Item> items) {
            return items.stream().map(Item::space).toList();
        }
    }

    /** The items of the list {@code field}, item i at {@code /field/i}. */
    static List<Item> items(String field, List<SearchSpace> spaces) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < spaces.size(); i++) {
            items.add(new Item("/" + field + "/" + i, spaces.get(i)));
        }
        return items;
    }

    /** The problem list: specs, grids, and the suite and catalog items of {@link ProblemSelections}. */
    private List<Item> problemItems(JsonNode root) {
        JsonNode list = nonEmptyList("problems", root);
        ProblemSelections selections = new ProblemSelections(this);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/problems/" + i;
            JsonNode item = list.get(i);
            if (ProblemSelections.isSelection(item)) {
                selections.spaces(pointer, item).forEach(space -> items.add(new Item(pointer, space)));
            } else {
                items.add(new Item(pointer, space(pointer, item, true)));
            }
        }
        return items;
    }

    /**
     * Expands grids into canonical specs, each resolved once and each distinct one built once to
     * validate its values; a spec that appears twice is refused.
     */
    <T> List<String> expand(List<Item> items, Catalog<T> catalog, Map<String, ResolvedSpec<T>> resolved) {
        Set<String> specs = new LinkedHashSet<>();
        for (Item item : items) {
            String pointer = item.pointer();
            for (String spec : item.space().grid()) {
                ResolvedSpec<T> one = resolve(pointer, spec, catalog, resolved);
                if (!specs.add(one.canonical())) {
                    throw yaml.fail(pointer, "'" + spec + "' appears twice");
                }
            }
        }
        return List.copyOf(specs);
    }

    /**
     * Resolves {@code spec}, building it once, the first time, to validate its values; a bad value
     * fails here, naming {@code pointer}. A problem's relative {@code file=} paths are first made
     * absolute against the experiment file's folder ({@link DataPaths}). Any other failure of the
     * build (a plugin's factory that throws, a data file that cannot be read) is left to the cells,
     * which record it as failed.
     */
    <T> ResolvedSpec<T> resolve(String pointer, String spec, Catalog<T> catalog, Map<String, ResolvedSpec<T>> resolved) {
        try {
            ResolvedSpec<T> one = catalog.resolve(catalog == catalogs.problems() ? DataPaths.absolute(spec, folder) : spec);
            if (!resolved.containsKey(one.canonical())) {
                validate(one);
                resolved.put(one.canonical(), one);
            }
            return one;
        } catch (IllegalArgumentException e) {
            throw yaml.fail(pointer, e.getMessage());
        }
    }

    private static void validate(ResolvedSpec<?> spec) {
        try {
            spec.build();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            // reported by the cells that build it
        }
    }

    /**
     * The (problem, optimizer) pairs when some optimizer items are restricted to some problems
     * ({@code on: [problem specs]}, e.g. a Polyak step whose f_star belongs to one problem); empty
     * (every combination) when none is.
     */
    private List<Experiment.Pair> restrictedPairs(JsonNode root, List<String> problemSpecs) {
        JsonNode items = root.get("optimizers");
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        boolean restricted = false;
        Set<String> known = new LinkedHashSet<>(problemSpecs);
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/optimizers/" + i;
            JsonNode on = items.get(i).isObject() ? items.get(i).get("on") : null;
            Set<String> targets = null;
            if (on != null) {
                restricted = true;
                if (!on.isArray() || on.isEmpty()) {
                    throw yaml.fail(pointer + "/on", "must be a non-empty list of problem specs from this experiment");
                }
                targets = new LinkedHashSet<>();
                for (int k = 0; k < on.size(); k++) {
                    String where = pointer + "/on/" + k;
                    String problem = resolve(where, yaml.text(where, on.get(k)), catalogs.problems(), problems).canonical();
                    if (!known.contains(problem)) {
                        throw yaml.fail(where, "'" + problem + "' is not one of this experiment's problems");
                    }
                    targets.add(problem);
                }
            }
            for (String spec : space(pointer, items.get(i), true).grid()) {
                allowed.put(resolve(pointer, spec, catalogs.optimizers(), optimizers).canonical(), targets);
            }
        }
        if (!restricted) {
            return List.of();
        }
        List<Experiment.Pair> pairs = new ArrayList<>();
        for (String problem : problemSpecs) {
            allowed.forEach((optimizer, targets) -> {
                if (targets == null || targets.contains(problem)) {
                    pairs.add(new Experiment.Pair(problem, optimizer));
                }
            });
        }
        return pairs;
    }

    /**
     * How many seeds {@code seeds} gives, without listing them; every seed is at least one cell, so
     * a count past {@link #maxCells} is refused here, before anything is listed (a tuning lists its
     * seeds before it counts its cells).
     */
    long seedCount(String pointer, JsonNode node) {
        if (node.isArray()) {
            return node.size();
        }
        long count = yaml.integer(pointer, node);
        if (count < 1) {
            throw yaml.fail(pointer, "the number of seeds must be >= 1, got " + count);
        }
        if (count > maxCells) {
            throw yaml.fail(pointer, count + " seeds exceed the limit of " + maxCells + " cells; raise it with --max-cells");
        }
        return count;
    }

    List<Long> seeds(String pointer, JsonNode node) {
        List<Long> seeds = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                seeds.add(yaml.integer(pointer + "/" + i, node.get(i)));
            }
        } else {
            long count = seedCount(pointer, node);
            for (long s = 0; s < count; s++) {
                seeds.add(s);
            }
        }
        if (seeds.isEmpty() || new LinkedHashSet<>(seeds).size() != seeds.size()) {
            throw yaml.fail(pointer, "give a count or a non-empty list of distinct seeds");
        }
        return seeds;
    }

    private Experiment.Budget budget(JsonNode node) {
        if (node == null) {
            return new Experiment.Budget(DEFAULT_ITERATIONS, inf(), inf(), inf());
        }
        yaml.checkKeys("/budget", node, Set.of("iterations", "gradient_evaluations", "gradient_evaluations_per_dimension",
                "epochs", "time_seconds"));
        long iterations = node.has("iterations") ? yaml.integer("/budget/iterations", node.get("iterations"), true)
                : Long.MAX_VALUE;
        if (iterations < 0) {
            throw yaml.fail("/budget/iterations", "must be >= 0, got " + iterations);
        }
        double gradients = positiveOrInf(node, "/budget", "gradient_evaluations");
        double epochs = positiveOrInf(node, "/budget", "epochs");
        double seconds = positiveOrInf(node, "/budget", "time_seconds");
        double perDimension = positiveOrInf(node, "/budget", "gradient_evaluations_per_dimension");
        if (iterations == Long.MAX_VALUE && gradients == inf() && epochs == inf() && seconds == inf()
                && perDimension == inf()) {
            throw yaml.fail("/budget", "give at least one finite budget: iterations, gradient_evaluations,"
                    + " gradient_evaluations_per_dimension, epochs or time_seconds");
        }
        return new Experiment.Budget(iterations, gradients, epochs, seconds, perDimension == inf() ? 0 : perDimension);
    }

    private Experiment.Tolerances tolerances(JsonNode node) {
        if (node == null) {
            return new Experiment.Tolerances(0, 0, 0, 0, 1);
        }
        yaml.checkKeys("/stop", node, Set.of("gtol", "target_gap", "target_reduction", "gap", "check_every"));
        long checkEvery = node.has("check_every") ? yaml.integer("/stop/check_every", node.get("check_every")) : 1;
        if (checkEvery < 1) {
            throw yaml.fail("/stop/check_every", "must be >= 1, got " + checkEvery);
        }
        double reduction = nonNegative(node, "/stop", "target_reduction");
        if (reduction >= 1) {
            throw yaml.fail("/stop/target_reduction", "must be < 1 (a fraction of the initial gap), got " + reduction);
        }
        return new Experiment.Tolerances(nonNegative(node, "/stop", "gtol"), nonNegative(node, "/stop", "target_gap"),
                reduction, nonNegative(node, "/stop", "gap"), checkEvery);
    }

    private Experiment.Start start(JsonNode node) {
        if (node == null) {
            return Experiment.Start.STANDARD;
        }
        yaml.checkKeys("/start", node, Set.of("uniform"));
        JsonNode box = yaml.required(node, "uniform", "/start");
        if (!box.isArray() || box.size() != 2) {
            throw yaml.fail("/start/uniform", "must be [low, high]");
        }
        double low = yaml.number("/start/uniform/0", box.get(0));
        double high = yaml.number("/start/uniform/1", box.get(1));
        if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw yaml.fail("/start/uniform", "needs finite low < high, got [" + low + ", " + high + "]");
        }
        return new Experiment.Start(true, low, high);
    }

    private Experiment.Recording recording(JsonNode node) {
        if (node == null) {
            return new Experiment.Recording(0, DEFAULT_PER_DECADE, true, false, false);
        }
        yaml.checkKeys("/record", node, Set.of("every", "per_decade", "test_metrics", "layer_norms", "x"));
        boolean testMetrics = !node.has("test_metrics") || yaml.bool("/record/test_metrics", node.get("test_metrics"));
        boolean layerNorms = node.has("layer_norms") && yaml.bool("/record/layer_norms", node.get("layer_norms"));
        boolean iterates = node.has("x") && yaml.bool("/record/x", node.get("x"));
        if (node.has("every") && node.has("per_decade")) {
            throw yaml.fail("/record", "give either every or per_decade, not both");
        }
        if (node.has("every")) {
            long every = yaml.integer("/record/every", node.get("every"));
            if (every < 1) {
                throw yaml.fail("/record/every", "must be >= 1, got " + every);
            }
            return new Experiment.Recording(every, 0, testMetrics, layerNorms, iterates);
        }
        long perDecade = node.has("per_decade") ? yaml.integer("/record/per_decade", node.get("per_decade"))
                : DEFAULT_PER_DECADE;
        if (perDecade < 1 || perDecade > 1000) {
            throw yaml.fail("/record/per_decade", "must be in [1, 1000], got " + perDecade);
        }
        return new Experiment.Recording(0, (int) perDecade, testMetrics, layerNorms, iterates);
    }

    /** The items of a list as search spaces. */
    List<SearchSpace> spaces(String field, JsonNode root, boolean rangesNeedPoints) {
        JsonNode list = nonEmptyList(field, root);
        List<SearchSpace> spaces = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            spaces.add(space("/" + field + "/" + i, list.get(i), rangesNeedPoints));
        }
        return spaces;
    }

    private JsonNode nonEmptyList(String field, JsonNode root) {
        JsonNode list = yaml.required(root, field, "");
        if (!list.isArray() || list.isEmpty()) {
            throw yaml.fail("/" + field, "must be a non-empty list of specs");
        }
        return list;
    }

    /** Parses an item of a problem or optimizer list: a spec text, or {name, params}. */
    SearchSpace space(String pointer, JsonNode item, boolean rangesNeedPoints) {
        if (item.isTextual()) {
            Spec spec;
            try {
                spec = Spec.parse("spec", item.asText());
            } catch (IllegalArgumentException e) {
                throw yaml.fail(pointer, e.getMessage());
            }
            List<SearchSpace.Parameter> fixed = new ArrayList<>();
            spec.arguments().forEach((key, value) -> fixed.add(SearchSpace.Parameter.listed(key, List.of(value))));
            return new SearchSpace(spec.name(), fixed);
        }
        if (!item.isObject()) {
            throw yaml.fail(pointer, "must be a spec such as name:key=value or a mapping {name: ..., params: {...}}");
        }
        yaml.checkKeys(pointer, item, pointer.startsWith("/optimizers/") ? Set.of("name", "params", "on")
                : Set.of("name", "params"));
        String name = yaml.text(pointer + "/name", yaml.required(item, "name", pointer));
        List<SearchSpace.Parameter> parameters = new ArrayList<>();
        JsonNode params = item.get("params");
        if (params != null) {
            if (!params.isObject()) {
                throw yaml.fail(pointer + "/params", "must be a mapping of key to a value, a list or a range");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                parameters.add(parameter(pointer + "/params/" + entry.getKey(), entry.getKey(), entry.getValue(),
                        rangesNeedPoints));
            }
        }
        return new SearchSpace(name, parameters);
    }

    /** A scalar, a nested spec as a mapping, a list of scalars, or {log|linear: [low, high], points: k}. */
    private SearchSpace.Parameter parameter(String pointer, String key, JsonNode node, boolean rangesNeedPoints) {
        if (node.isValueNode()) {
            return SearchSpace.Parameter.listed(key, List.of(node.asText()));
        }
        if (node.isObject() && node.has("name")) {
            return SearchSpace.Parameter.listed(key, List.of("(" + nestedSpec(pointer, node) + ")"));
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
            return SearchSpace.Parameter.listed(key, values);
        }
        yaml.checkKeys(pointer, node, Set.of("log", "linear", "points"));
        boolean log = node.has("log");
        if (log == node.has("linear")) {
            throw yaml.fail(pointer, "a range is {log: [low, high], points: k} or {linear: [low, high], points: k}");
        }
        String kind = log ? "log" : "linear";
        JsonNode range = node.get(kind);
        if (!range.isArray() || range.size() != 2) {
            throw yaml.fail(pointer + "/" + kind, "must be [low, high]");
        }
        double low = yaml.number(pointer + "/" + kind + "/0", range.get(0));
        double high = yaml.number(pointer + "/" + kind + "/1", range.get(1));
        if (log && !(low > 0 && high > 0)) {
            throw yaml.fail(pointer + "/log", "a log range needs low > 0 and high > 0");
        }
        if (!(low < high) || !Double.isFinite(high) || !Double.isFinite(low)) {
            throw yaml.fail(pointer + "/" + kind, "needs finite low < high, got [" + low + ", " + high + "]");
        }
        long points = 0;
        if (node.has("points") || rangesNeedPoints) {
            points = yaml.integer(pointer + "/points", yaml.required(node, "points", pointer));
            if (points < 2 || points > 1000) {
                throw yaml.fail(pointer + "/points", "must be in [2, 1000], got " + points);
            }
        }
        return new SearchSpace.Parameter(key, List.of(), log, low, high, (int) points);
    }

    /** A nested spec written as a mapping {name: ..., params: {key: scalar or mapping}}, as spec text. */
    private String nestedSpec(String pointer, JsonNode node) {
        yaml.checkKeys(pointer, node, Set.of("name", "params"));
        StringBuilder spec = new StringBuilder(yaml.text(pointer + "/name", node.get("name")));
        JsonNode params = node.get("params");
        if (params != null) {
            if (!params.isObject()) {
                throw yaml.fail(pointer + "/params", "must be a mapping of key to a value");
            }
            String separator = ":";
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String where = pointer + "/params/" + entry.getKey();
                JsonNode value = entry.getValue();
                String text = value.isObject() ? "(" + nestedSpec(where, value) + ")" : yaml.text(where, value);
                spec.append(separator).append(entry.getKey()).append('=').append(text);
                separator = ",";
            }
        }
        return spec.toString();
    }

    private double positiveOrInf(JsonNode node, String pointer, String field) {
        if (!node.has(field)) {
            return inf();
        }
        double value = yaml.number(pointer + "/" + field, node.get(field));
        if (!(value > 0)) {
            throw yaml.fail(pointer + "/" + field, "must be > 0, got " + value);
        }
        return value;
    }

    private double nonNegative(JsonNode node, String pointer, String field) {
        if (!node.has(field)) {
            return 0;
        }
        double value = yaml.number(pointer + "/" + field, node.get(field));
        if (!(value >= 0) || value == inf()) {
            throw yaml.fail(pointer + "/" + field, "must be a finite number >= 0, got " + value);
        }
        return value;
    }

    private static double inf() {
        return Double.POSITIVE_INFINITY;
    }
}
