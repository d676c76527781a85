/**
 * Conditional gradient (Frank-Wolfe) methods over a {@link steepest.optimizers.FeasibleSet}'s
 * linear minimization oracle: the classic method with the open-loop, short and exact step sizes,
 * and the away-step and pairwise variants over an {@link steepest.optimizers.conditional.ActiveSet}
 * of vertices with weights. Every iteration reports the Frank-Wolfe gap as the search's certificate.
 */
package steepest.optimizers.conditional;
