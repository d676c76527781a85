/**
 * Variance-reduced gradient estimates for finite sums f = (1/n) Σᵢ fᵢ, each a
 * {@link steepest.optimizers.firstorder.Sampling} that feeds the one first-order loop
 * ({@link steepest.optimizers.firstorder.GradientMethod}) like the batch and mini-batch samplers, so
 * schedules, clipping and every update rule compose with them:
 * {@link steepest.optimizers.variance.Svrg} (snapshots and a full gradient per epoch),
 * {@link steepest.optimizers.variance.AggregatedGradient} (SAGA and SAG, a table of sample
 * gradients) and {@link steepest.optimizers.variance.Sarah} (a recursive estimate restarted by a
 * full gradient every epoch). Batches are drawn by {@link steepest.optimizers.firstorder.MiniBatch}.
 *
 * <p>Sample gradients are spent through the {@link steepest.optimizers.Oracle} and counted there
 * (sample gradients, epochs), so a comparison per epoch with SGD is a comparison per data pass. On a
 * {@link steepest.optimizers.GeneralizedLinearSum} the stored gradients are K loss derivatives per
 * sample instead of d coordinates. {@link steepest.optimizers.variance.VarianceReductionCatalog}
 * holds the spec entries.
 */
package steepest.optimizers.variance;
