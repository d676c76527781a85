/**
 * Projected and proximal gradient methods (projected gradient, ISTA, FISTA) with backtracking on the
 * smoothness constant, and the ℓ1 regularizer whose prox is soft-thresholding.
 */
package steepest.optimizers.proximal;
