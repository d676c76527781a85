/**
 * Linear algebra shared by the second-order, least-squares and natural-gradient methods, written
 * once: matrix-free conjugate gradient over a {@link steepest.optimizers.linear.LinearOperator}
 * (Newton-CG, natural gradient), the Cholesky factorization of a shifted symmetric matrix
 * ({@link steepest.optimizers.linear.Cholesky}: trust-exact) and with an added multiple of the
 * identity ({@link steepest.optimizers.linear.ModifiedCholesky}: Newton), and the QR factorization
 * with column pivoting with its damped least-squares solve ({@link steepest.optimizers.linear.PivotedQr}:
 * Gauss–Newton, Levenberg–Marquardt). All keep their workspaces, so repeated solves allocate nothing.
 */
package steepest.optimizers.linear;
