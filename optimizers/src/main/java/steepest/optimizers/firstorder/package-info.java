/**
 * First-order methods with torch.optim's (and optax's) semantics, composed by one loop,
 * {@link steepest.optimizers.firstorder.GradientMethod}: a gradient estimate from a
 * {@link steepest.optimizers.firstorder.Sampling} ({@link steepest.optimizers.firstorder.FullBatch},
 * {@link steepest.optimizers.firstorder.MiniBatch} with or without replacement), then
 * {@link steepest.optimizers.firstorder.Clipping} (by value, by global norm), then an
 * {@link steepest.optimizers.firstorder.UpdateRule} with the learning rate (and, for the cycling
 * schedules, the momentum) of a {@link steepest.optimizers.firstorder.Schedule}'s run state.
 *
 * <p>Update rules, one class each, settings records with a per-run state allocated in
 * {@code start} and fused loops per step: from torch, {@link steepest.optimizers.firstorder.Sgd}
 * (momentum, dampening, Nesterov), {@link steepest.optimizers.firstorder.AdaGrad},
 * {@link steepest.optimizers.firstorder.RmsProp}, {@link steepest.optimizers.firstorder.Adam}
 * (AMSGrad), {@link steepest.optimizers.firstorder.AdamW}, {@link steepest.optimizers.firstorder.NAdam},
 * {@link steepest.optimizers.firstorder.Adamax}, {@link steepest.optimizers.firstorder.AdaDelta},
 * {@link steepest.optimizers.firstorder.RAdam}, {@link steepest.optimizers.firstorder.Rprop},
 * {@link steepest.optimizers.firstorder.Asgd}; from optax, {@link steepest.optimizers.firstorder.Lion},
 * {@link steepest.optimizers.firstorder.Lamb}, {@link steepest.optimizers.firstorder.AdaBelief},
 * {@link steepest.optimizers.firstorder.Yogi}, {@link steepest.optimizers.firstorder.Adafactor} (LAMB
 * and Adafactor work per {@link steepest.optimizers.ParameterBlock} when the problem declares
 * blocks). Wrappers around any rule: {@link steepest.optimizers.firstorder.Lookahead},
 * {@link steepest.optimizers.firstorder.Averaging} (Polyak, EMA) and
 * {@link steepest.optimizers.firstorder.ScheduleFree}; a wrapper may report a point other than its
 * working iterate ({@link steepest.optimizers.firstorder.UpdateRule.State#reported}), and that is
 * what the driver observes and records.
 *
 * <p>Schedules: closed forms (constant, step, exponential, inverse-time, cosine, polynomial,
 * multistep, linear, {@link steepest.optimizers.firstorder.OneCycle},
 * {@link steepest.optimizers.firstorder.Cyclic}), stateful ones
 * ({@link steepest.optimizers.firstorder.CosineRestarts}, {@link steepest.optimizers.firstorder.Plateau},
 * fed the loss each step's gradient call returned) and a linear warm-up in front of any. Spec names,
 * keys and defaults are torch's and optax's; {@link steepest.optimizers.firstorder.FirstOrderCatalog}
 * documents the spec syntax and the keys every rule shares.
 */
package steepest.optimizers.firstorder;
