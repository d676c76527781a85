package steepest.optimizers.firstorder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.Key;

/**
 * The keys every first-order rule accepts (sampling, schedule, clipping), declared once, and how
 * they build the parts of a {@link GradientMethod}. A schedule key given a non-default value that the
 * chosen schedule does not read is rejected, as are {@code replacement} without a batch and
 * {@code warmup_start} without a warm-up: such a spec would not do what it says. The keys of the
 * schedulers added after the first five are spelled out in canonical specs only under their own
 * schedule ({@link Key#onlyWhen}), so existing canonical specs keep their text; keys whose torch
 * default differs between schedulers take the default of the chosen one ({@link Key#defaultWhen}).
 */
public final class SharedKeys {

    private static final String NONE = "none";
    private static final double WARMUP_START = 1.0 / 3;
    private static final List<String> SCHEDULES = List.of("constant", "step", "exponential", "inverse_time", "cosine",
            "poly", "multistep", "linear", "onecycle", "cyclic", "cosine_restarts", "plateau");

    /** The schedule, warm-up and clipping keys, in the order {@code list} shows them. */
    private static final List<Key> SCHEDULE_AND_CLIPPING = List.of(
            Key.of("schedule", "constant", String.join(", ", SCHEDULES)),
            Key.of("step_size", NONE, "step: decay every this many steps"),
            Key.of("gamma", 0.1, "step, multistep, exponential: decay factor; inverse_time: rate;"
                    + " cyclic exp_range: gamma^k (default 1 there)").defaultWhen("schedule", "cyclic", Key.format(Cyclic.DEFAULT_GAMMA)),
            Key.of("t_max", NONE, "cosine: steps from lr to eta_min"),
            Key.of("eta_min", 0, "cosine, cosine_restarts: smallest learning rate"),
            Key.of("power", 1, "poly: exponent p of lr*(offset/(offset+k))^p"),
            Key.of("offset", 1, "poly: offset b > 0"),
            Key.of("milestones", NONE, "multistep: increasing steps where lr is multiplied by gamma, e.g. 30-80-150")
                    .onlyWhen("schedule", "multistep"),
            Key.of("start_factor", 1.0 / 3, "linear: first factor, in (0, 1]").onlyWhen("schedule", "linear"),
            Key.of("end_factor", 1, "linear: last factor, in [0, 1]").onlyWhen("schedule", "linear"),
            Key.of("total_iters", 5, "linear: steps from start_factor to end_factor").onlyWhen("schedule", "linear"),
            Key.of("max_lr", NONE, "onecycle, cyclic: the peak learning rate").onlyWhen("schedule", "onecycle", "cyclic"),
            Key.of("total_steps", NONE, "onecycle: the cycle's length, at least the iteration budget")
                    .onlyWhen("schedule", "onecycle"),
            Key.of("pct_start", OneCycle.DEFAULT_PCT_START, "onecycle: fraction of the steps spent rising")
                    .onlyWhen("schedule", "onecycle"),
            Key.of("anneal_strategy", "cos", "onecycle: cos or linear").onlyWhen("schedule", "onecycle"),
            Key.of("div_factor", OneCycle.DEFAULT_DIV_FACTOR, "onecycle: first lr = max_lr/div_factor")
                    .onlyWhen("schedule", "onecycle"),
            Key.of("final_div_factor", OneCycle.DEFAULT_FINAL_DIV_FACTOR, "onecycle: last lr = first lr/final_div_factor")
                    .onlyWhen("schedule", "onecycle"),
            Key.of("three_phase", "false", "onecycle: come back down to the first lr before annealing")
                    .onlyWhen("schedule", "onecycle"),
            Key.of("base_lr", "lr", "cyclic: lower learning rate (lr: the rule's)").onlyWhen("schedule", "cyclic"),
            Key.of("step_size_up", Cyclic.DEFAULT_STEP_SIZE_UP, "cyclic: steps of the rising half")
                    .onlyWhen("schedule", "cyclic"),
            Key.of("step_size_down", NONE, "cyclic: steps of the falling half (none: step_size_up)")
                    .onlyWhen("schedule", "cyclic"),
            Key.of("mode", "triangular", "cyclic: triangular, triangular2 or exp_range; plateau: min or max (default min)")
                    .defaultWhen("schedule", "plateau", "min").onlyWhen("schedule", "cyclic", "plateau"),
            Key.of("cycle_momentum", "true", "onecycle, cyclic: cycle momentum (sgd, rmsprop) or beta1 inversely")
                    .onlyWhen("schedule", "onecycle", "cyclic"),
            Key.of("base_momentum", OneCycle.DEFAULT_BASE_MOMENTUM, "onecycle, cyclic: lowest momentum (cyclic: 0.8)")
                    .defaultWhen("schedule", "cyclic", Key.format(Cyclic.DEFAULT_BASE_MOMENTUM))
                    .onlyWhen("schedule", "onecycle", "cyclic"),
            Key.of("max_momentum", OneCycle.DEFAULT_MAX_MOMENTUM, "onecycle, cyclic: highest momentum (cyclic: 0.9)")
                    .defaultWhen("schedule", "cyclic", Key.format(Cyclic.DEFAULT_MAX_MOMENTUM))
                    .onlyWhen("schedule", "onecycle", "cyclic"),
            Key.of("t_0", NONE, "cosine_restarts: steps to the first restart").onlyWhen("schedule", "cosine_restarts"),
            Key.of("t_mult", 1, "cosine_restarts: period factor at each restart, integer >= 1")
                    .onlyWhen("schedule", "cosine_restarts"),
            Key.of("factor", Plateau.DEFAULT_FACTOR, "plateau: lr is multiplied by this, in [0, 1)")
                    .onlyWhen("schedule", "plateau"),
            Key.of("patience", Plateau.DEFAULT_PATIENCE, "plateau: epochs without improvement tolerated")
                    .onlyWhen("schedule", "plateau"),
            Key.of("threshold", Plateau.DEFAULT_THRESHOLD, "plateau: smallest improvement that counts")
                    .onlyWhen("schedule", "plateau"),
            Key.of("threshold_mode", "rel", "plateau: rel or abs").onlyWhen("schedule", "plateau"),
            Key.of("cooldown", 0, "plateau: epochs to wait after a reduction").onlyWhen("schedule", "plateau"),
            Key.of("min_lr", 0, "plateau: lower bound on lr").onlyWhen("schedule", "plateau"),
            Key.of("plateau_eps", Plateau.DEFAULT_EPS, "plateau: smaller reductions are skipped (torch's eps)")
                    .onlyWhen("schedule", "plateau"),
            Key.of("warmup", 0, "linear warm-up steps before the schedule"),
            Key.of("warmup_start", WARMUP_START, "warm-up's first factor, in (0, 1]"),
            Key.of("clip_value", "inf", "clip each gradient entry to [-c, c]"),
            Key.of("clip_norm", "inf", "clip the gradient's 2-norm to c"));

    /** Every key a rule takes besides its own: the sampling keys, then the schedule and clipping keys. */
    static final List<Key> KEYS = concat(List.of(
            Key.of("batch", 0, "mini-batch size; 0 = full batch, 1 = one sample"),
            Key.of("replacement", "false", "sample batches with replacement (else reshuffle every epoch)")),
            SCHEDULE_AND_CLIPPING);

    /** The schedule keys and which schedules read them; a key set for another schedule is rejected. */
    private static final Map<String, List<String>> READS = Map.ofEntries(
            Map.entry("step_size", List.of("step")),
            Map.entry("gamma", List.of("step", "exponential", "inverse_time", "multistep", "cyclic")),
            Map.entry("t_max", List.of("cosine")),
            Map.entry("eta_min", List.of("cosine", "cosine_restarts")),
            Map.entry("power", List.of("poly")),
            Map.entry("offset", List.of("poly")),
            Map.entry("milestones", List.of("multistep")),
            Map.entry("start_factor", List.of("linear")),
            Map.entry("end_factor", List.of("linear")),
            Map.entry("total_iters", List.of("linear")),
            Map.entry("max_lr", List.of("onecycle", "cyclic")),
            Map.entry("total_steps", List.of("onecycle")),
            Map.entry("pct_start", List.of("onecycle")),
            Map.entry("anneal_strategy", List.of("onecycle")),
            Map.entry("div_factor", List.of("onecycle")),
            Map.entry("final_div_factor", List.of("onecycle")),
            Map.entry("three_phase", List.of("onecycle")),
            Map.entry("base_lr", List.of("cyclic")),
            Map.entry("step_size_up", List.of("cyclic")),
            Map.entry("step_size_down", List.of("cyclic")),
            Map.entry("mode", List.of("cyclic", "plateau")),
            Map.entry("cycle_momentum", List.of("onecycle", "cyclic")),
            Map.entry("base_momentum", List.of("onecycle", "cyclic")),
            Map.entry("max_momentum", List.of("onecycle", "cyclic")),
            Map.entry("t_0", List.of("cosine_restarts")),
            Map.entry("t_mult", List.of("cosine_restarts")),
            Map.entry("factor", List.of("plateau")),
            Map.entry("patience", List.of("plateau")),
            Map.entry("threshold", List.of("plateau")),
            Map.entry("threshold_mode", List.of("plateau")),
            Map.entry("cooldown", List.of("plateau")),
            Map.entry("min_lr", List.of("plateau")),
            Map.entry("plateau_eps", List.of("plateau")));

    private SharedKeys() {
    }

    /** The schedule, warm-up and clipping keys, for entries with sampling keys of their own (variance reduction). */
    public static List<Key> scheduleAndClippingKeys() {
        return SCHEDULE_AND_CLIPPING;
    }

    private static List<Key> concat(List<Key> first, List<Key> second) {
        List<Key> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** The method of {@code rule} with the sampling, schedule and clipping that {@code args} give. */
    static GradientMethod method(UpdateRule rule, Arguments args) {
        return new GradientMethod(rule, sampling(args), schedule(args, rule.learningRate()), clipping(args));
    }

    private static Sampling sampling(Arguments args) {
        int batch = args.integer("batch");
        if (batch < 0) {
            throw args.fail("batch must be >= 0 (0 = full batch), got " + batch);
        }
        boolean replacement = args.flag("replacement");
        if (batch == 0) {
            unread(args, "replacement", "batch=0 (full batch)");
            return new FullBatch();
        }
        return new MiniBatch(batch, replacement);
    }

    /** The schedule the shared keys describe, for a rule whose base rate is {@code lr}. */
    public static Schedule schedule(Arguments args, double lr) {
        String name = args.choice("schedule", SCHEDULES.toArray(new String[0]));
        String why = "schedule=" + name;
        for (Key key : SCHEDULE_AND_CLIPPING) {
            List<String> readers = READS.get(key.name());
            if (readers != null && !readers.contains(name)) {
                unread(args, key.name(), why);
            }
        }
        Schedule schedule = switch (name) {
            case "step" -> new Schedule.Step(required(args, "step_size", why), args.real("gamma"));
            case "exponential" -> new Schedule.Exponential(args.real("gamma"));
            case "inverse_time" -> new Schedule.InverseTime(args.real("gamma"));
            case "cosine" -> new Schedule.Cosine(required(args, "t_max", why), args.real("eta_min"));
            case "poly" -> new Schedule.Polynomial(args.real("offset"), args.real("power"));
            case "multistep" -> new Schedule.MultiStep(milestones(args, why), args.real("gamma"));
            case "linear" -> new Schedule.Linear(args.real("start_factor"), args.real("end_factor"),
                    positive(args, "total_iters"));
            case "onecycle" -> new OneCycle(realRequired(args, "max_lr", why), required(args, "total_steps", why),
                    args.real("pct_start"), args.choice("anneal_strategy", "cos", "linear").equals("cos"),
                    args.real("div_factor"), args.real("final_div_factor"), args.flag("three_phase"),
                    args.flag("cycle_momentum"), args.real("base_momentum"),
                    args.real("max_momentum"));
            case "cyclic" -> cyclic(args, lr, why);
            case "cosine_restarts" -> new CosineRestarts(required(args, "t_0", why), positive(args, "t_mult"),
                    args.real("eta_min"));
            case "plateau" -> new Plateau(mode(args, "min", "max").equals("max"), args.real("factor"),
                    args.integer("patience"), args.real("threshold"),
                    args.choice("threshold_mode", "rel", "abs").equals("rel"), args.integer("cooldown"),
                    args.real("min_lr"), args.real("plateau_eps"));
            default -> Schedule.CONSTANT;
        };
        int warmup = args.integer("warmup");
        if (warmup < 0) {
            throw args.fail("warmup must be >= 0, got " + warmup);
        }
        if (warmup == 0) {
            unread(args, "warmup_start", "warmup=0");
            return schedule;
        }
        return new Schedule.Warmup(warmup, args.real("warmup_start"), schedule);
    }

    private static Cyclic cyclic(Arguments args, double lr, String why) {
        double baseLr = args.text("base_lr").equals("lr") ? lr : args.real("base_lr");
        int up = positive(args, "step_size_up");
        int down = args.text("step_size_down").equals(NONE) ? up : positive(args, "step_size_down");
        Cyclic.Mode mode = Cyclic.Mode.valueOf(mode(args, "triangular", "triangular2", "exp_range")
                .toUpperCase(Locale.ROOT));
        return new Cyclic(baseLr, realRequired(args, "max_lr", why), up, down, mode, args.real("gamma"),
                args.flag("cycle_momentum"), args.real("base_momentum"),
                args.real("max_momentum"));
    }

    /** mode as one of {@code allowed}. */
    private static String mode(Arguments args, String... allowed) {
        return args.choice("mode", allowed);
    }

    private static List<Integer> milestones(Arguments args, String why) {
        if (args.text("milestones").equals(NONE)) {
            throw args.fail(why + " requires milestones");
        }
        return args.integers("milestones");
    }

    private static double realRequired(Arguments args, String key, String why) {
        if (args.text(key).equals(NONE)) {
            throw args.fail(why + " requires " + key);
        }
        return args.real(key);
    }

    /** The clipping the keys clip_value and clip_norm describe. */
    public static Clipping clipping(Arguments args) {
        double value = args.real("clip_value");
        double norm = args.real("clip_norm");
        Clipping byValue = value == Double.POSITIVE_INFINITY ? null : new Clipping.ByValue(value);
        Clipping byNorm = norm == Double.POSITIVE_INFINITY ? null : new Clipping.ByNorm(norm);
        if (byValue == null) {
            return byNorm == null ? Clipping.NONE : byNorm;
        }
        return byNorm == null ? byValue : byValue.andThen(byNorm);
    }

    private static int required(Arguments args, String key, String why) {
        if (args.text(key).equals(NONE)) {
            throw args.fail(why + " requires " + key);
        }
        return positive(args, key);
    }

    /** An integer key that must be &gt;= 1. */
    private static int positive(Arguments args, String key) {
        int value = args.integer(key);
        if (value < 1) {
            throw args.fail(key + " must be >= 1, got " + value);
        }
        return value;
    }

    /** Rejects a key set to a non-default value that the configuration does not read. */
    private static void unread(Arguments args, String key, String why) {
        if (!args.atDefault(key)) {
            throw args.fail("key '" + key + "' has no effect with " + why);
        }
    }
}
