/** Nonlinear conjugate gradient directions (Fletcher–Reeves, Polak–Ribière+, Hestenes–Stiefel, Hager–Zhang) with restarts. */
package steepest.optimizers.cg;
