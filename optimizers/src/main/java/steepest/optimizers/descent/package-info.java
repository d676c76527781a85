/**
 * Line-search descent methods as one loop: a {@link steepest.optimizers.descent.DirectionRule}
 * (steepest descent here; nonlinear CG, BFGS, L-BFGS, Newton and Newton-CG in their own packages)
 * proposes a direction and a first trial step, a {@link steepest.optimizers.linesearch.LineSearch}
 * accepts a step along it, and {@link steepest.optimizers.descent.LineSearchMethod} owns
 * everything else: evaluations at the accepted point, restarts after a failed search, and
 * reporting why it stopped.
 */
package steepest.optimizers.descent;
