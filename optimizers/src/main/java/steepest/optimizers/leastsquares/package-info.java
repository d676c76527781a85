/**
 * Methods for sums of squares f = c·‖r(x)‖² that work on the residuals and their Jacobian
 * ({@link steepest.optimizers.Residuals}): damped Gauss–Newton with Armijo backtracking on the
 * residuals ({@link steepest.optimizers.leastsquares.GaussNewton}) and Moré's Levenberg–Marquardt
 * method as MINPACK's lmder implements it ({@link steepest.optimizers.leastsquares.LevenbergMarquardt},
 * its parameter in {@link steepest.optimizers.leastsquares.LevenbergMarquardtParameter}), both on
 * the pivoted QR factorization of {@link steepest.optimizers.linear.PivotedQr}.
 */
package steepest.optimizers.leastsquares;
