/**
 * Newton-type directions: Newton's method with the dense Hessian and a Cholesky factorization
 * shifted to positive definiteness, and truncated Newton (Newton-CG) with Hessian-vector products
 * only, for high dimensions.
 */
package steepest.optimizers.newton;
