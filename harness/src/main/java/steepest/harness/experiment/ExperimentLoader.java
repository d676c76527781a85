package steepest.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import steepest.optimizers.spec.Spec;
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
 *   - {name: subgradient, params: {step: polyak, f_star: 0.5}, on: [rosenbrock:d=2]}   # only on these problems
 * budget: {iterations: 1000, gradient_evaluations: .inf, epochs: .inf, time_seconds: .inf}
 * stop: {gtol: 1e-8, target_gap: 1e-6, target_reduction: 1e-6, gap: 0, check_every: 1}
 * record: {per_decade: 20, test_metrics: true, layer_norms: false, x: false}   # or {every: 10}
 * start: {uniform: [-5, 5]}          # seeded random starts (default: each problem's standard start)
 * </pre>
 * Every error names the file, line and field.
 */
public final class ExperimentLoader {

    private static final String BUILTIN_FOLDER = "experiments/";
    private static final Set<String> TOP = Set.of("name", "description", "seed", "seeds", "problems", "optimizers",
            "budget", "stop", "record", "tune", "start", "report");
    private static final List<Long> DEFAULT_TUNING_SEEDS = List.of(1000L, 1001L, 1002L);
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

    /**
     * The description of a built-in experiment, read without validating it (which would build every
     * problem it names, loading data sets and native libraries).
     */
    public static String describe(String builtin) {
        JsonNode root = LocatedYaml.parse(builtin + ".yaml", readResource(BUILTIN_FOLDER + builtin + ".yaml")).root();
        return root == null ? "" : root.path("description").asText("");
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
        ExperimentLoader loader = new ExperimentLoader(LocatedYaml.parse(source, text));
        if (loader.yaml.root() != null && loader.yaml.root().has("tune")) {
            throw loader.yaml.fail("/tune", "this experiment is a tuning; run it with 'steepest tune'");
        }
        return loader.experiment();
    }

    /**
     * The report section of an experiment file (see {@link ReportSettings}); the defaults when it has
     * none. Lenient about the rest of the file, which may come from an older version.
     */
    public static ReportSettings reportSettings(String source, String text) {
        ExperimentLoader loader = new ExperimentLoader(LocatedYaml.parse(source, text));
        JsonNode root = loader.yaml.root();
        return root == null || !root.has("report") ? ReportSettings.DEFAULT : loader.report(root.get("report"));
    }

    private ReportSettings report(JsonNode node) {
        checkKeys("/report", node, Set.of("figures", "x", "target"));
        Set<String> figures = new java.util.LinkedHashSet<>(node.has("figures")
                ? names("/report/figures", node.get("figures"), ReportSettings.KINDS) : List.of());
        List<String> axes = node.has("x") ? names("/report/x", node.get("x"), ReportSettings.AXES)
                : ReportSettings.DEFAULT.xAxes();
        String target = ReportSettings.DEFAULT.target();
        if (node.has("target")) {
            double value = number("/report/target", node.get("target"));
            List<String> ladder = steepest.harness.run.TargetLadder.labels();
            target = ladder.stream().filter(label -> Double.parseDouble(label) == value).findFirst().orElseThrow(
                    () -> yaml.fail("/report/target", "'" + node.get("target").asText() + "' is not one of the ladder's targets "
                            + String.join(", ", ladder)));
        }
        return new ReportSettings(figures, axes, target);
    }

    private List<String> names(String pointer, JsonNode list, List<String> allowed) {
        if (!list.isArray() || list.isEmpty()) {
            throw yaml.fail(pointer, "must be a non-empty list of " + String.join(", ", allowed));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String name = text(pointer + "/" + i, list.get(i));
            if (!allowed.contains(name)) {
                throw yaml.fail(pointer + "/" + i, "'" + name + "' is not one of " + String.join(", ", allowed));
            }
            names.add(name);
        }
        return names;
    }

    /** Loads a tuning (an experiment with a {@code tune} section) from a file or the built-in catalog. */
    public static TuningPlan loadTuning(String fileOrName) {
        Path path = Path.of(fileOrName);
        String source = Files.isRegularFile(path) ? path.getFileName().toString() : fileOrName + ".yaml";
        if (!Files.isRegularFile(path) && !builtinNames().contains(fileOrName)) {
            throw new ExperimentException("no experiment file or built-in experiment named '" + fileOrName
                    + "'; built-in experiments: " + String.join(", ", builtinNames()));
        }
        return parseTuning(source, sourceText(fileOrName));
    }

    /** Parses a tuning: the experiment's fields, its optimizers as search spaces, and the tune section. */
    public static TuningPlan parseTuning(String source, String text) {
        ExperimentLoader loader = new ExperimentLoader(LocatedYaml.parse(source, text));
        Experiment base = loader.experiment(false);
        JsonNode tune = loader.yaml.root().get("tune");
        if (tune == null) {
            throw loader.yaml.fail("", "a tuning needs a tune section (method, trials, seeds, criterion)");
        }
        return loader.tuning(base, tune);
    }

    private TuningPlan tuning(Experiment base, JsonNode tune) {
        checkKeys("/tune", tune, Set.of("method", "trials", "seeds", "criterion"));
        String method = tune.has("method") ? text("/tune/method", tune.get("method")) : "grid";
        if (!method.equals("grid") && !method.equals("random")) {
            throw yaml.fail("/tune/method", "'" + method + "' is not grid or random");
        }
        boolean random = method.equals("random");
        int trials = 0;
        if (random) {
            long count = integer("/tune/trials", required(tune, "trials", "/tune"));
            if (count < 1 || count > 10_000) {
                throw yaml.fail("/tune/trials", "must be in [1, 10000], got " + count);
            }
            trials = (int) count;
        } else if (tune.has("trials")) {
            throw yaml.fail("/tune/trials", "trials applies to method: random; a grid tries every point");
        }
        List<Long> seeds = tune.has("seeds") ? seeds("/tune/seeds", tune.get("seeds")) : DEFAULT_TUNING_SEEDS;
        if (seeds.stream().anyMatch(base.seeds()::contains)) {
            throw yaml.fail("/tune/seeds", "tuning seeds must differ from the final seeds " + base.seeds());
        }
        String criterion = tune.has("criterion") ? text("/tune/criterion", tune.get("criterion")) : "final_f";
        if (!TuningPlan.CRITERIA.contains(criterion)) {
            throw yaml.fail("/tune/criterion", "'" + criterion + "' is not one of " + String.join(", ", TuningPlan.CRITERIA));
        }
        List<SearchSpace> families = spaces("optimizers", yaml.root(), !random);
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            String pointer = "/optimizers/" + i;
            List<String> specs = new ArrayList<>();
            List<String> drawn = random ? TuningPlan.draws(families.get(i), trials, base.seed(), i) : families.get(i).grid();
            for (String spec : drawn) {
                String canonical = canonical(pointer, spec, Optimizers.catalog());
                if (!specs.contains(canonical)) {
                    specs.add(canonical);
                }
            }
            candidates.add(specs);
        }
        List<String> defaults = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            defaults.add(canonical("/optimizers/" + i, families.get(i).defaults(), Optimizers.catalog()));
        }
        return new TuningPlan(base, families.stream().map(SearchSpace::name).toList(), candidates, defaults, method,
                seeds, criterion);
    }

    private Experiment experiment() {
        Experiment experiment = experiment(true);
        if (yaml.root().has("report")) {
            report(yaml.root().get("report"));
        }
        return experiment;
    }

    /** The experiment's fields; the optimizer list is expanded only when {@code expandOptimizers}. */
    private Experiment experiment(boolean expandOptimizers) {
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
        List<String> optimizers = expandOptimizers ? specs("optimizers", root, Optimizers.catalog()) : List.of();
        List<Long> seeds = root.has("seeds") ? seeds("/seeds", root.get("seeds")) : List.of(0L);
        List<Experiment.Pair> pairs = expandOptimizers ? restrictedPairs(root, problems) : List.of();
        return new Experiment(name, description, seed, problems, optimizers, seeds, pairs, budget(root.get("budget")),
                tolerances(root.get("stop")), recording(root.get("record")), start(root.get("start")));
    }

    /**
     * The (problem, optimizer) pairs when some optimizer items are restricted to some problems
     * ({@code on: [problem specs]}, e.g. a Polyak step whose f_star belongs to one problem); empty
     * (every combination) when none is.
     */
    private List<Experiment.Pair> restrictedPairs(JsonNode root, List<String> problems) {
        JsonNode items = root.get("optimizers");
        Map<String, Set<String>> allowed = new java.util.LinkedHashMap<>();
        boolean restricted = false;
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/optimizers/" + i;
            JsonNode on = items.get(i).isObject() ? items.get(i).get("on") : null;
            Set<String> targets = null;
            if (on != null) {
                restricted = true;
                if (!on.isArray() || on.isEmpty()) {
                    throw yaml.fail(pointer + "/on", "must be a non-empty list of problem specs from this experiment");
                }
                targets = new java.util.LinkedHashSet<>();
                for (int k = 0; k < on.size(); k++) {
                    String problem = canonical(pointer + "/on/" + k, text(pointer + "/on/" + k, on.get(k)), Problems.catalog());
                    if (!problems.contains(problem)) {
                        throw yaml.fail(pointer + "/on/" + k, "'" + problem + "' is not one of this experiment's problems");
                    }
                    targets.add(problem);
                }
            }
            for (String spec : space(pointer, items.get(i), true).grid()) {
                allowed.put(canonical(pointer, spec, Optimizers.catalog()), targets);
            }
        }
        if (!restricted) {
            return List.of();
        }
        List<Experiment.Pair> pairs = new ArrayList<>();
        for (String problem : problems) {
            allowed.forEach((optimizer, targets) -> {
                if (targets == null || targets.contains(problem)) {
                    pairs.add(new Experiment.Pair(problem, optimizer));
                }
            });
        }
        return pairs;
    }

    private List<Long> seeds(String pointer, JsonNode node) {
        List<Long> seeds = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                seeds.add(integer(pointer + "/" + i, node.get(i)));
            }
        } else {
            long count = integer(pointer, node);
            if (count < 1) {
                throw yaml.fail(pointer, "the number of seeds must be >= 1, got " + count);
            }
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
            return new Experiment.Tolerances(0, 0, 0, 0, 1);
        }
        checkKeys("/stop", node, Set.of("gtol", "target_gap", "target_reduction", "gap", "check_every"));
        long checkEvery = node.has("check_every") ? integer("/stop/check_every", node.get("check_every")) : 1;
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
        checkKeys("/start", node, Set.of("uniform"));
        JsonNode box = required(node, "uniform", "/start");
        if (!box.isArray() || box.size() != 2) {
            throw yaml.fail("/start/uniform", "must be [low, high]");
        }
        double low = number("/start/uniform/0", box.get(0));
        double high = number("/start/uniform/1", box.get(1));
        if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw yaml.fail("/start/uniform", "needs finite low < high, got [" + low + ", " + high + "]");
        }
        return new Experiment.Start(true, low, high);
    }

    private Experiment.Recording recording(JsonNode node) {
        if (node == null) {
            return new Experiment.Recording(0, DEFAULT_PER_DECADE, true, false, false);
        }
        checkKeys("/record", node, Set.of("every", "per_decade", "test_metrics", "layer_norms", "x"));
        boolean testMetrics = !node.has("test_metrics") || bool("/record/test_metrics", node.get("test_metrics"));
        boolean layerNorms = node.has("layer_norms") && bool("/record/layer_norms", node.get("layer_norms"));
        boolean iterates = node.has("x") && bool("/record/x", node.get("x"));
        if (node.has("every") && node.has("per_decade")) {
            throw yaml.fail("/record", "give either every or per_decade, not both");
        }
        if (node.has("every")) {
            long every = integer("/record/every", node.get("every"));
            if (every < 1) {
                throw yaml.fail("/record/every", "must be >= 1, got " + every);
            }
            return new Experiment.Recording(every, 0, testMetrics, layerNorms, iterates);
        }
        long perDecade = node.has("per_decade") ? integer("/record/per_decade", node.get("per_decade")) : DEFAULT_PER_DECADE;
        if (perDecade < 1 || perDecade > 1000) {
            throw yaml.fail("/record/per_decade", "must be in [1, 1000], got " + perDecade);
        }
        return new Experiment.Recording(0, (int) perDecade, testMetrics, layerNorms, iterates);
    }

    /** Expands a list of specs and grids into canonical specs, each validated by building it once. */
    private List<String> specs(String field, JsonNode root, Catalog<?> catalog) {
        List<String> specs = new ArrayList<>();
        List<SearchSpace> spaces = spaces(field, root, true);
        for (int i = 0; i < spaces.size(); i++) {
            for (String spec : spaces.get(i).grid()) {
                String canonical = canonical("/" + field + "/" + i, spec, catalog);
                if (specs.contains(canonical)) {
                    throw yaml.fail("/" + field + "/" + i, "'" + spec + "' appears twice");
                }
                specs.add(canonical);
            }
        }
        return specs;
    }

    /** The items of a list as search spaces. */
    List<SearchSpace> spaces(String field, JsonNode root, boolean rangesNeedPoints) {
        JsonNode list = required(root, field, "");
        if (!list.isArray() || list.isEmpty()) {
            throw yaml.fail("/" + field, "must be a non-empty list of specs");
        }
        List<SearchSpace> spaces = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            spaces.add(space("/" + field + "/" + i, list.get(i), rangesNeedPoints));
        }
        return spaces;
    }

    /** Validates {@code spec} by building it once and returns its canonical form; errors point at {@code pointer}. */
    String canonical(String pointer, String spec, Catalog<?> catalog) {
        try {
            catalog.create(spec);
            return catalog.canonical(spec);
        } catch (IllegalArgumentException e) {
            throw yaml.fail(pointer, e.getMessage());
        }
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
        checkKeys(pointer, item, pointer.startsWith("/optimizers/") ? Set.of("name", "params", "on") : Set.of("name", "params"));
        String name = text(pointer + "/name", required(item, "name", pointer));
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

    /** A scalar, a list of scalars, or {log|linear: [low, high], points: k}. */
    private SearchSpace.Parameter parameter(String pointer, String key, JsonNode node, boolean rangesNeedPoints) {
        if (node.isValueNode()) {
            return SearchSpace.Parameter.listed(key, List.of(node.asText()));
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
        checkKeys(pointer, node, Set.of("log", "linear", "points"));
        boolean log = node.has("log");
        if (log == node.has("linear")) {
            throw yaml.fail(pointer, "a range is {log: [low, high], points: k} or {linear: [low, high], points: k}");
        }
        String kind = log ? "log" : "linear";
        JsonNode range = node.get(kind);
        if (!range.isArray() || range.size() != 2) {
            throw yaml.fail(pointer + "/" + kind, "must be [low, high]");
        }
        double low = number(pointer + "/" + kind + "/0", range.get(0));
        double high = number(pointer + "/" + kind + "/1", range.get(1));
        if (log && !(low > 0 && high > 0)) {
            throw yaml.fail(pointer + "/log", "a log range needs low > 0 and high > 0");
        }
        if (!(low < high) || !Double.isFinite(high) || !Double.isFinite(low)) {
            throw yaml.fail(pointer + "/" + kind, "needs finite low < high, got [" + low + ", " + high + "]");
        }
        long points = 0;
        if (node.has("points") || rangesNeedPoints) {
            points = integer(pointer + "/points", required(node, "points", pointer));
            if (points < 2 || points > 1000) {
                throw yaml.fail(pointer + "/points", "must be in [2, 1000], got " + points);
            }
        }
        return new SearchSpace.Parameter(key, List.of(), log, low, high, (int) points);
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
