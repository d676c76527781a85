/**
 * First-order methods with torch.optim's semantics, composed by one loop,
 * {@link steepest.optimizers.firstorder.GradientMethod}: a gradient estimate from a
 * {@link steepest.optimizers.firstorder.Sampling} ({@link steepest.optimizers.firstorder.FullBatch},
 * {@link steepest.optimizers.firstorder.MiniBatch} with or without replacement), then
 * {@link steepest.optimizers.firstorder.Clipping} (by value, by global norm), then an
 * {@link steepest.optimizers.firstorder.UpdateRule} with the learning rate of a
 * {@link steepest.optimizers.firstorder.Schedule} (constant, step, exponential, inverse-time, cosine,
 * polynomial, linear warm-up in front of any).
 *
 * <p>Update rules, one class each, settings records with a per-run state allocated in
 * {@code start} and one fused loop per step: {@link steepest.optimizers.firstorder.Sgd} (momentum,
 * dampening, Nesterov), {@link steepest.optimizers.firstorder.AdaGrad},
 * {@link steepest.optimizers.firstorder.RmsProp}, {@link steepest.optimizers.firstorder.Adam}
 * (AMSGrad), {@link steepest.optimizers.firstorder.AdamW}, {@link steepest.optimizers.firstorder.NAdam},
 * {@link steepest.optimizers.firstorder.Adamax}, {@link steepest.optimizers.firstorder.AdaDelta}.
 * Their spec names, keys and defaults are torch's; {@link steepest.optimizers.firstorder.FirstOrderCatalog}
 * documents the spec syntax and the keys every rule shares.
 */
package steepest.optimizers.firstorder;
