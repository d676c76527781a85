package steepest.optimizers.firstorder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;

/**
 * The spec entries of the first-order family, with torch.optim's names, keys and defaults
 * ({@code betas} split into {@code beta1} and {@code beta2}).
 *
 * <h2>Spec syntax</h2>
 * {@code RULE:key=value,...}, where RULE is one of {@code sgd, adagrad, rmsprop, adam, adamw,
 * nadam, adamax, adadelta} and the keys are the rule's own (as in torch) plus these shared keys,
 * declared once here and accepted by every rule:
 * <table>
 *   <caption>Shared keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>batch</td><td>0</td><td>mini-batch size b; 0 is the full batch (batch gradient
 *       descent), 1 one sample (SGD); b &gt;= 1 needs a finite-sum problem</td></tr>
 *   <tr><td>replacement</td><td>false</td><td>draw batches with replacement; otherwise every
 *       epoch is a fresh permutation cut into batches ({@link MiniBatch})</td></tr>
 *   <tr><td>schedule</td><td>constant</td><td>{@code constant, step, exponential, inverse_time,
 *       cosine, poly} ({@link Schedule})</td></tr>
 *   <tr><td>step_size</td><td>none</td><td>step: decay every step_size steps (required)</td></tr>
 *   <tr><td>gamma</td><td>0.1</td><td>step, exponential: the factor; inverse_time: the rate</td></tr>
 *   <tr><td>t_max</td><td>none</td><td>cosine: steps from lr down to eta_min (required)</td></tr>
 *   <tr><td>eta_min</td><td>0</td><td>cosine: the smallest learning rate</td></tr>
 *   <tr><td>power, offset</td><td>1, 1</td><td>poly: lr·(offset / (offset + k))^power</td></tr>
 *   <tr><td>warmup</td><td>0</td><td>linear warm-up steps in front of the schedule</td></tr>
 *   <tr><td>warmup_start</td><td>1/3</td><td>the warm-up's first factor (torch's
 *       {@code LinearLR} start_factor)</td></tr>
 *   <tr><td>clip_value</td><td>inf</td><td>clip every gradient entry to [−c, c]</td></tr>
 *   <tr><td>clip_norm</td><td>inf</td><td>clip the gradient's 2-norm to c (after clip_value)</td></tr>
 * </table>
 * A schedule key given a non-default value that the chosen schedule does not read (say
 * {@code gamma} with {@code schedule=cosine}) is rejected, as are {@code replacement} without a
 * batch and {@code warmup_start} without a warm-up: such a spec would not do what it says.
 * {@code gd:lr=...} stays the plain full-batch gradient descent with a fixed step.
 * Example: {@code adam:lr=1e-3,weight_decay=1e-4,batch=32,schedule=cosine,t_max=1000,warmup=100,clip_norm=1}.
 */
public final class FirstOrderCatalog {

    private static final String NONE = "none";
    private static final double WARMUP_START = 1.0 / 3;

    /** The schedule and clipping keys, declared once; every entry built on {@link GradientMethod} takes them. */
    private static final List<Key> SCHEDULE_AND_CLIPPING = List.of(
            Key.of("schedule", "constant", "constant, step, exponential, inverse_time, cosine or poly"),
            Key.of("step_size", NONE, "step: decay every this many steps"),
            Key.of("gamma", 0.1, "step, exponential: decay factor; inverse_time: rate"),
            Key.of("t_max", NONE, "cosine: steps from lr to eta_min"),
            Key.of("eta_min", 0, "cosine: smallest learning rate"),
            Key.of("power", 1, "poly: exponent p of lr*(offset/(offset+k))^p"),
            Key.of("offset", 1, "poly: offset b > 0"),
            Key.of("warmup", 0, "linear warm-up steps before the schedule"),
            Key.of("warmup_start", WARMUP_START, "warm-up's first factor, in (0, 1]"),
            Key.of("clip_value", "inf", "clip each gradient entry to [-c, c]"),
            Key.of("clip_norm", "inf", "clip the gradient's 2-norm to c"));

    /** The keys every rule accepts: the sampling keys, then the schedule and clipping keys. */
    private static final List<Key> SHARED = concat(List.of(
            Key.of("batch", 0, "mini-batch size; 0 = full batch, 1 = one sample"),
            Key.of("replacement", "false", "sample batches with replacement (else reshuffle every epoch)")),
            SCHEDULE_AND_CLIPPING);

    private FirstOrderCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Optimizer>> entries() {
        Key beta1 = Key.of("beta1", Adam.DEFAULT_BETA1, "first-moment decay, in [0, 1)");
        Key beta2 = Key.of("beta2", Adam.DEFAULT_BETA2, "second-moment decay, in [0, 1)");
        Key noDecay = Key.of("weight_decay", 0, "coupled L2 weight decay, >= 0");
        return List.of(
                new CatalogEntry<>("gd", "gradient descent with a fixed step: x <- x - lr * grad f(x) (full batch)",
                        List.of(Key.of("lr", Sgd.DEFAULT_LEARNING_RATE, "step size, > 0")),
                        args -> GradientMethod.batch(Sgd.plain(args.real("lr")))),
                rule("sgd", "torch.optim.SGD: momentum, dampening, Nesterov, weight decay",
                        List.of(Key.of("lr", Sgd.DEFAULT_LEARNING_RATE, "learning rate, > 0"),
                                Key.of("momentum", 0, "momentum factor, >= 0"),
                                Key.of("dampening", 0, "dampening of the momentum"),
                                Key.of("nesterov", "false", "Nesterov momentum (momentum > 0, dampening = 0)"),
                                noDecay),
                        args -> new Sgd(args.real("lr"), args.real("momentum"), args.real("dampening"),
                                args.flag("nesterov"), args.real("weight_decay"))),
                rule("adagrad", "torch.optim.Adagrad (Duchi et al. 2011)",
                        List.of(Key.of("lr", AdaGrad.DEFAULT_LEARNING_RATE, "learning rate, > 0"),
                                Key.of("lr_decay", 0, "step decay lr/(1+(t-1)*lr_decay), >= 0"),
                                noDecay,
                                Key.of("initial_accumulator_value", 0, "initial sum of squares, >= 0"),
                                Key.of("eps", AdaGrad.DEFAULT_EPSILON, "added to the root, > 0")),
                        args -> new AdaGrad(args.real("lr"), args.real("lr_decay"), args.real("weight_decay"),
                                args.real("initial_accumulator_value"), args.real("eps"))),
                rule("rmsprop", "torch.optim.RMSprop (Tieleman and Hinton 2012), centered and momentum options",
                        List.of(Key.of("lr", RmsProp.DEFAULT_LEARNING_RATE, "learning rate, > 0"),
                                Key.of("alpha", RmsProp.DEFAULT_ALPHA, "squared-gradient decay, in [0, 1]"),
                                Key.of("eps", Adam.DEFAULT_EPSILON, "added to the root, > 0"),
                                noDecay,
                                Key.of("momentum", 0, "momentum factor, >= 0"),
                                Key.of("centered", "false", "normalize by the variance estimate")),
                        args -> new RmsProp(args.real("lr"), args.real("alpha"), args.real("eps"),
                                args.real("weight_decay"), args.real("momentum"), args.flag("centered"))),
                rule("adam", "torch.optim.Adam (Kingma and Ba 2015), AMSGrad option",
                        adamKeys(Adam.DEFAULT_LEARNING_RATE, beta1, beta2, noDecay, Key.of("amsgrad", "false",
                                "use the running maximum of v (Reddi et al. 2018)")),
                        args -> new Adam(args.real("lr"), args.real("beta1"), args.real("beta2"), args.real("eps"),
                                args.real("weight_decay"), args.flag("amsgrad"))),
                rule("adamw", "torch.optim.AdamW: Adam with decoupled weight decay (Loshchilov and Hutter 2019)",
                        adamKeys(Adam.DEFAULT_LEARNING_RATE, beta1, beta2,
                                Key.of("weight_decay", AdamW.DEFAULT_WEIGHT_DECAY, "decoupled weight decay, >= 0"),
                                Key.of("amsgrad", "false", "use the running maximum of v (Reddi et al. 2018)")),
                        args -> new AdamW(args.real("lr"), args.real("beta1"), args.real("beta2"), args.real("eps"),
                                args.real("weight_decay"), args.flag("amsgrad"))),
                rule("nadam", "torch.optim.NAdam as documented (Dozat 2016), not torch 1.13's buggy product",
                        adamKeys(NAdam.DEFAULT_LEARNING_RATE, beta1, beta2, noDecay,
                                Key.of("momentum_decay", NAdam.DEFAULT_MOMENTUM_DECAY, "momentum schedule psi, >= 0")),
                        args -> new NAdam(args.real("lr"), args.real("beta1"), args.real("beta2"), args.real("eps"),
                                args.real("weight_decay"), args.real("momentum_decay"))),
                rule("adamax", "torch.optim.Adamax: Adam with the infinity norm (Kingma and Ba 2015)",
                        adamKeys(Adamax.DEFAULT_LEARNING_RATE, beta1, beta2, noDecay),
                        args -> new Adamax(args.real("lr"), args.real("beta1"), args.real("beta2"), args.real("eps"),
                                args.real("weight_decay"))),
                rule("adadelta", "torch.optim.Adadelta (Zeiler 2012)",
                        List.of(Key.of("lr", AdaDelta.DEFAULT_LEARNING_RATE, "scales the step, > 0"),
                                Key.of("rho", AdaDelta.DEFAULT_RHO, "decay of both averages, in [0, 1]"),
                                Key.of("eps", AdaDelta.DEFAULT_EPSILON, "inside both roots, > 0"),
                                noDecay),
                        args -> new AdaDelta(args.real("lr"), args.real("rho"), args.real("eps"),
                                args.real("weight_decay"))));
    }

    /**
     * The schedule and clipping keys (from {@code schedule} to {@code clip_norm}), for other catalogs
     * whose entries are {@link GradientMethod}s; read them with {@link #schedule} and {@link #clipping}.
     */
    public static List<Key> scheduleAndClippingKeys() {
        return SCHEDULE_AND_CLIPPING;
    }

    private static List<Key> concat(List<Key> first, List<Key> second) {
        List<Key> keys = new ArrayList<>(first);
        keys.addAll(second);
        return List.copyOf(keys);
    }

    private static List<Key> adamKeys(double learningRate, Key beta1, Key beta2, Key... more) {
        List<Key> keys = new ArrayList<>(List.of(Key.of("lr", learningRate, "learning rate, > 0"), beta1, beta2,
                Key.of("eps", Adam.DEFAULT_EPSILON, "added to the corrected root, > 0")));
        keys.addAll(List.of(more));
        return keys;
    }

    /**
     * An entry for an update rule: its own keys followed by the shared ones (batch, replacement,
     * schedule and its keys, warm-up, clipping), so that the rule runs batch, stochastic or mini-batch,
     * under any schedule, with clipping. Plugins declare their update rules with this too.
     *
     * @param keys the rule's own keys (at least {@code lr}, which {@link UpdateRule#learningRate()} reads)
     * @param rule builds the rule's settings from the arguments
     */
    public static CatalogEntry<Optimizer> rule(String name, String summary, List<Key> keys,
                                               Function<Arguments, UpdateRule> rule) {
        List<Key> all = new ArrayList<>(keys);
        all.addAll(SHARED);
        return new CatalogEntry<>(name, summary, all,
                args -> new GradientMethod(rule.apply(args), sampling(args), schedule(args), clipping(args)));
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

    /**
     * The schedule the keys of {@link #scheduleAndClippingKeys()} describe; a key the chosen schedule
     * does not read, given a value other than its default, is rejected.
     */
    public static Schedule schedule(Arguments args) {
        String name = args.choice("schedule", "constant", "step", "exponential", "inverse_time", "cosine", "poly");
        String why = "schedule=" + name;
        List<String> reads = switch (name) {
            case "step" -> List.of("step_size", "gamma");
            case "exponential", "inverse_time" -> List.of("gamma");
            case "cosine" -> List.of("t_max", "eta_min");
            case "poly" -> List.of("power", "offset");
            default -> List.of();
        };
        for (String key : List.of("step_size", "gamma", "t_max", "eta_min", "power", "offset")) {
            if (!reads.contains(key)) {
                unread(args, key, why);
            }
        }
        Schedule schedule = switch (name) {
            case "step" -> new Schedule.Step(required(args, "step_size", why), args.real("gamma"));
            case "exponential" -> new Schedule.Exponential(args.real("gamma"));
            case "inverse_time" -> new Schedule.InverseTime(args.real("gamma"));
            case "cosine" -> new Schedule.Cosine(required(args, "t_max", why), args.real("eta_min"));
            case "poly" -> new Schedule.Polynomial(args.real("offset"), args.real("power"));
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

    /** The clipping the keys {@code clip_value} and {@code clip_norm} describe. */
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
        int value = args.integer(key);
        if (value < 1) {
            throw args.fail(key + " must be >= 1, got " + value);
        }
        return value;
    }

    /** Rejects a key set to a non-default value that the configuration does not read. */
    private static void unread(Arguments args, String key, String why) {
        if (args.given(key) && !args.text(key).equals(defaultOf(key))) {
            throw args.fail("key '" + key + "' has no effect with " + why);
        }
    }

    private static String defaultOf(String key) {
        return SHARED.stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow().defaultValue();
    }
}
