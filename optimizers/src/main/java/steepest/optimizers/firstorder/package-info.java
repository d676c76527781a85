/**
 * First-order methods with torch.optim's semantics: update rules (settings records with a per-run
 * state), gradient samplings (full batch, stochastic, mini-batch), learning-rate schedules and
 * gradient clipping, composed by {@link steepest.optimizers.firstorder.GradientMethod}.
 */
package steepest.optimizers.firstorder;
