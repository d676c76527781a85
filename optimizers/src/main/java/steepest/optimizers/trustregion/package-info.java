/**
 * Trust-region Newton methods: one loop ({@link steepest.optimizers.trustregion.TrustRegion},
 * Nocedal and Wright's Algorithm 4.1 with scipy's defaults) and the
 * {@link steepest.optimizers.trustregion.Subproblem} solvers it runs, Steihaug–Toint truncated CG on
 * Hessian-vector products ({@code trust-ncg}) and Moré–Sorensen on the dense Hessian
 * ({@code trust-exact}).
 */
package steepest.optimizers.trustregion;
