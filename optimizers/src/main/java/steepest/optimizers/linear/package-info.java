/**
 * Linear solvers shared by the second-order and natural-gradient methods, written once: matrix-free
 * conjugate gradient over a {@link steepest.optimizers.linear.LinearOperator} (Newton-CG, natural
 * gradient) and the dense Cholesky factorization with an added multiple of the identity (Newton).
 * Both keep their workspaces, so repeated solves allocate nothing.
 */
package steepest.optimizers.linear;
