/**
 * Line searches on φ(α) = f(x + α·d), written once for every method that searches along a
 * direction: {@link steepest.optimizers.linesearch.Armijo} backtracking,
 * {@link steepest.optimizers.linesearch.StrongWolfe} bracketing and zoom with safeguarded
 * cubic/quadratic interpolation, and the exact search on a segment
 * {@link steepest.optimizers.linesearch.SegmentMinimizer} that Frank-Wolfe uses. Each evaluates
 * through a {@link steepest.optimizers.linesearch.LineFunction}, which counts through the run's
 * oracle and owns the trial point's buffers, so a search allocates nothing.
 */
package steepest.optimizers.linesearch;
