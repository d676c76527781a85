/**
 * Quasi-Newton directions: BFGS with the dense inverse-Hessian update and L-BFGS with the
 * two-loop recursion. Both skip a curvature pair that fails {@link steepest.optimizers.quasinewton.Curvature}'s test.
 */
package steepest.optimizers.quasinewton;
