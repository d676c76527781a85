package steepest.optimizers.firstorder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import steepest.optimizers.Checks;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.Arguments;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;

/**
 * The spec entries of the first-order family: torch.optim's rules with torch's names, keys and
 * defaults ({@code betas} split into {@code beta1} and {@code beta2}, Rprop's {@code etas} and
 * {@code step_sizes} into named keys), optax's rules with optax's ({@code b1}, {@code b2} written
 * {@code beta1}, {@code beta2}), and wrappers around any of them.
 *
 * <h2>Spec syntax</h2>
 * {@code RULE:key=value,...}, where RULE is one of {@code sgd, adagrad, rmsprop, adam, adamw,
 * nadam, adamax, adadelta, radam, rprop, asgd} (torch), {@code lion, lamb, adabelief, yogi,
 * adafactor} (optax) or {@code schedule-free-sgd, schedule-free-adamw}, and the keys are the rule's
 * own plus the shared keys of sampling, schedule and clipping, declared once and accepted by every
 * rule: {@code batch, replacement}; {@code schedule} ({@code constant, step, exponential,
 * inverse_time, cosine, poly, multistep, linear, onecycle, cyclic, cosine_restarts, plateau}) with
 * each schedule's torch keys and {@code warmup, warmup_start}; {@code clip_value, clip_norm}. A
 * schedule key set for another schedule, {@code replacement} without a batch and
 * {@code warmup_start} without a warm-up are rejected: such a spec would not do what it says.
 * Lists are written with '-': {@code milestones=30-80-150}. {@code gd:lr=...} stays the plain
 * full-batch gradient descent with a fixed step.
 *
 * <p>Wrappers ({@code lookahead, polyak, ema, schedule-free}) take their own keys and
 * {@code inner}, a rule's whole spec in parentheses, whose sampling, schedule and clipping the
 * wrapped method keeps: {@code lookahead:k=5,alpha=0.5,inner=(adam:lr=1e-3,weight_decay=1e-4)}.
 * Example: {@code adam:lr=1e-3,weight_decay=1e-4,batch=32,schedule=cosine,t_max=1000,warmup=100,clip_norm=1}.
 */
public final class FirstOrderCatalog {

    /** The authors' default lr of AdamWScheduleFree. */
    private static final double SCHEDULE_FREE_ADAMW_LR = 0.0025;

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
                                args.real("weight_decay"))),
                rule("radam", "torch.optim.RAdam: Adam with the variance rectification (Liu et al. 2020)",
                        adamKeys(Adam.DEFAULT_LEARNING_RATE, beta1, beta2, noDecay),
                        args -> new RAdam(args.real("lr"), args.real("beta1"), args.real("beta2"), args.real("eps"),
                                args.real("weight_decay"))),
                rule("rprop", "torch.optim.Rprop: per-coordinate steps from gradient signs (Riedmiller and Braun 1993)",
                        List.of(Key.of("lr", Rprop.DEFAULT_LEARNING_RATE, "initial step size, > 0"),
                                Key.of("eta_minus", Rprop.DEFAULT_ETA_MINUS, "step shrink on a sign flip, in (0, 1)"),
                                Key.of("eta_plus", Rprop.DEFAULT_ETA_PLUS, "step growth while the sign holds, > 1"),
                                Key.of("step_size_min", Rprop.DEFAULT_STEP_SIZE_MIN, "smallest step, >= 0"),
                                Key.of("step_size_max", Rprop.DEFAULT_STEP_SIZE_MAX, "largest step")),
                        args -> new Rprop(args.real("lr"), args.real("eta_minus"), args.real("eta_plus"),
                                args.real("step_size_min"), args.real("step_size_max"))),
                rule("asgd", "torch.optim.ASGD: SGD with a decaying step and iterate averaging (Polyak and Juditsky 1992)",
                        List.of(Key.of("lr", Asgd.DEFAULT_LEARNING_RATE, "learning rate, > 0"),
                                Key.of("lambd", Asgd.DEFAULT_LAMBDA, "decay term, >= 0"),
                                Key.of("alpha", Asgd.DEFAULT_ALPHA, "power of the step decay, >= 0"),
                                Key.of("t0", Asgd.DEFAULT_T0, "step from which the average runs, >= 0"),
                                noDecay),
                        args -> new Asgd(args.real("lr"), args.real("lambd"), args.real("alpha"), args.real("t0"),
                                args.real("weight_decay"))),
                rule("lion", "optax.lion: the sign of interpolated momentum (Chen et al. 2023)",
                        List.of(Key.of("lr", Lion.DEFAULT_LEARNING_RATE, "learning rate, > 0"),
                                Key.of("beta1", Lion.DEFAULT_BETA1, "interpolation of the update, in [0, 1)"),
                                Key.of("beta2", Lion.DEFAULT_BETA2, "momentum decay, in [0, 1)"),
                                Key.of("weight_decay", Lion.DEFAULT_WEIGHT_DECAY, "decoupled weight decay, >= 0")),
                        args -> new Lion(args.real("lr"), args.real("beta1"), args.real("beta2"),
                                args.real("weight_decay"))),
                rule("lamb", "optax.lamb: Adam with a per-block trust ratio (You et al. 2020)",
                        List.of(Key.of("lr", Lamb.DEFAULT_LEARNING_RATE, "learning rate, > 0"), beta1, beta2,
                                Key.of("eps", Lamb.DEFAULT_EPSILON, "added to the corrected root, > 0"),
                                Key.of("eps_root", 0, "added inside the root, >= 0"),
                                Key.of("weight_decay", 0, "decoupled weight decay, >= 0")),
                        args -> new Lamb(args.real("lr"), args.real("beta1"), args.real("beta2"), args.real("eps"),
                                args.real("eps_root"), args.real("weight_decay"))),
                rule("adabelief", "optax.adabelief: Adam on the belief g - m (Zhuang et al. 2020)",
                        List.of(Key.of("lr", AdaBelief.DEFAULT_LEARNING_RATE, "learning rate, > 0"), beta1, beta2,
                                Key.of("eps", AdaBelief.DEFAULT_EPSILON, "added to the corrected root, > 0"),
                                Key.of("eps_root", AdaBelief.DEFAULT_EPSILON, "added to s, >= 0"),
                                Key.of("weight_decay", 0, "decoupled weight decay, >= 0")),
                        args -> new AdaBelief(args.real("lr"), args.real("beta1"), args.real("beta2"),
                                args.real("eps"), args.real("eps_root"), args.real("weight_decay"))),
                rule("yogi", "optax.yogi: additive second-moment updates (Zaheer et al. 2018)",
                        List.of(Key.of("lr", Yogi.DEFAULT_LEARNING_RATE, "learning rate, > 0"), beta1, beta2,
                                Key.of("eps", Yogi.DEFAULT_EPSILON, "added to the corrected root, > 0"),
                                Key.of("eps_root", 0, "added inside the root, >= 0"),
                                Key.of("initial_accumulator_value", Yogi.DEFAULT_INITIAL, "start of m and v, > 0")),
                        args -> new Yogi(args.real("lr"), args.real("beta1"), args.real("beta2"), args.real("eps"),
                                args.real("eps_root"), args.real("initial_accumulator_value"))),
                rule("adafactor", "optax.adafactor: factored second moments of matrix blocks (Shazeer and Stern 2018)",
                        List.of(Key.of("lr", Adafactor.DEFAULT_LEARNING_RATE, "learning rate, > 0"),
                                Key.of("min_dim_size_to_factor", Adafactor.DEFAULT_MIN_DIM_SIZE_TO_FACTOR,
                                        "factor matrices whose smaller side is at least this"),
                                Key.of("decay_rate", Adafactor.DEFAULT_DECAY_RATE, "c in beta2_t = 1 - t^-c, >= 0"),
                                Key.of("decay_offset", 0, "offset of t in beta2_t, >= 0"),
                                Key.of("multiply_by_parameter_scale", "true", "scale by max(1e-3, RMS(x_block))"),
                                Key.of("clipping_threshold", 1, "clip the update's block RMS to this, >= 1 (inf: off)"),
                                Key.of("momentum", 0, "EMA of the updates, in [0, 1); 0: none"),
                                Key.of("weight_decay_rate", 0, "weight decay, not scaled by lr, >= 0"),
                                Key.of("eps", Adafactor.DEFAULT_EPSILON, "added to g^2, > 0"),
                                Key.of("factored", "true", "factor large matrices")),
                        args -> new Adafactor(args.real("lr"), args.integer("min_dim_size_to_factor"),
                                args.real("decay_rate"), args.integer("decay_offset"),
                                args.flag("multiply_by_parameter_scale"), args.real("clipping_threshold"),
                                args.real("momentum"), args.real("weight_decay_rate"), args.real("eps"),
                                args.flag("factored"))),
                rule("schedule-free-sgd", "Schedule-Free SGD (Defazio et al. 2024): schedule-free around sgd",
                        List.of(Key.of("lr", 1, "learning rate, > 0"),
                                Key.of("momentum", ScheduleFree.DEFAULT_MOMENTUM, "interpolation beta, in [0, 1]"),
                                Key.of("weight_decay", 0, "weight decay at y, >= 0"),
                                Key.of("r", 0, "polynomial weighting power, >= 0"),
                                Key.of("weight_lr_power", ScheduleFree.DEFAULT_WEIGHT_LR_POWER,
                                        "averaging weights lr^p, >= 0")),
                        args -> new ScheduleFree(Sgd.plain(args.real("lr")), args.real("momentum"),
                                args.real("weight_decay"), args.real("r"), args.real("weight_lr_power"))),
                rule("schedule-free-adamw", "Schedule-Free AdamW (Defazio et al. 2024): schedule-free around adam, beta1=0",
                        List.of(Key.of("lr", SCHEDULE_FREE_ADAMW_LR, "learning rate, > 0"),
                                Key.of("beta1", Adam.DEFAULT_BETA1, "interpolation beta, in [0, 1]"), beta2,
                                Key.of("eps", Adam.DEFAULT_EPSILON, "added to the corrected root, > 0"),
                                Key.of("weight_decay", 0, "weight decay at y, >= 0"),
                                Key.of("r", 0, "polynomial weighting power, >= 0"),
                                Key.of("weight_lr_power", ScheduleFree.DEFAULT_WEIGHT_LR_POWER,
                                        "averaging weights lr^p, >= 0")),
                        args -> new ScheduleFree(new Adam(args.real("lr"), 0, args.real("beta2"), args.real("eps"), 0,
                                false), Checks.inClosed("beta1", args.real("beta1"), 0, 1), args.real("weight_decay"),
                                args.real("r"), args.real("weight_lr_power"))),
                wrapper("lookahead", "Lookahead around any first-order rule (Zhang et al. 2019); reports the slow weights",
                        List.of(Key.of("k", Lookahead.DEFAULT_STEPS, "inner steps per synchronization, >= 1"),
                                Key.of("alpha", Lookahead.DEFAULT_ALPHA, "slow step, in (0, 1]")),
                        (args, inner) -> new Lookahead(inner, args.integer("k"), args.real("alpha"))),
                wrapper("polyak", "Polyak-Ruppert averaging of any first-order rule's iterates; reports the average",
                        List.of(Key.of("start", 0, "steps left out of the average, >= 0")),
                        (args, inner) -> new Averaging(inner, new Averaging.Uniform(args.integer("start")))),
                wrapper("ema", "exponential moving average of any first-order rule's iterates; reports the average",
                        List.of(Key.of("decay", Averaging.Exponential.DEFAULT_DECAY, "weight of the old average, in [0, 1)")),
                        (args, inner) -> new Averaging(inner, new Averaging.Exponential(args.real("decay")))),
                wrapper("schedule-free", "schedule-free interpolation and averaging around any first-order rule"
                                + " (Defazio et al. 2024); reports x",
                        List.of(Key.of("momentum", ScheduleFree.DEFAULT_MOMENTUM, "interpolation beta, in [0, 1]"),
                                Key.of("weight_decay", 0, "weight decay at y, >= 0"),
                                Key.of("r", 0, "polynomial weighting power, >= 0"),
                                Key.of("weight_lr_power", ScheduleFree.DEFAULT_WEIGHT_LR_POWER,
                                        "averaging weights lr^p, >= 0")),
                        (args, inner) -> new ScheduleFree(inner, args.real("momentum"), args.real("weight_decay"),
                                args.real("r"), args.real("weight_lr_power"))));
    }

    /**
     * An entry for a wrapper: its own keys and {@code inner}, a first-order rule's spec in
     * parentheses whose sampling, schedule and clipping the wrapped method keeps.
     */
    private static CatalogEntry<Optimizer> wrapper(String name, String summary, List<Key> keys,
                                                   BiFunction<Arguments, UpdateRule, UpdateRule> wrap) {
        List<Key> all = new ArrayList<>(keys);
        all.add(Key.of("inner", null, "the wrapped first-order rule, e.g. (adam:lr=1e-3,batch=32)"));
        return new CatalogEntry<>(name, summary, all, args -> {
            Optimizer inner = args.nested("inner", Optimizer.class);
            if (!(inner instanceof GradientMethod method)) {
                throw args.fail("inner=(" + args.nestedText("inner") + ") is not a first-order rule; " + name
                        + " wraps sgd, adam and the other rules of this family");
            }
            return new GradientMethod(wrap.apply(args, method.rule()), method.sampling(), method.schedule(),
                    method.clipping());
        });
    }

    private static List<Key> adamKeys(double learningRate, Key beta1, Key beta2, Key... more) {
        List<Key> keys = new ArrayList<>(List.of(Key.of("lr", learningRate, "learning rate, > 0"), beta1, beta2,
                Key.of("eps", Adam.DEFAULT_EPSILON, "added to the corrected root, > 0")));
        keys.addAll(List.of(more));
        return keys;
    }

    /**
     * An entry for an update rule: its own keys followed by the shared ones (batch, replacement,
     * schedule and its keys, warm-up, clipping; {@link SharedKeys}), so that the rule runs batch,
     * stochastic or mini-batch, under any schedule, with clipping. Plugins declare their update rules
     * with this too.
     *
     * @param keys the rule's own keys (at least {@code lr}, which {@link UpdateRule#learningRate()} reads)
     * @param rule builds the rule's settings from the arguments
     */
    public static CatalogEntry<Optimizer> rule(String name, String summary, List<Key> keys,
                                               Function<Arguments, UpdateRule> rule) {
        List<Key> all = new ArrayList<>(keys);
        all.addAll(SharedKeys.KEYS);
        return new CatalogEntry<>(name, summary, all, args -> {
            UpdateRule built = rule.apply(args);
            return SharedKeys.method(built, args);
        });
    }
}
