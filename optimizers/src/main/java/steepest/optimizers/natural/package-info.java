/** The natural gradient: steps preconditioned by the damped Fisher information, solved matrix-free by conjugate gradient. */
package steepest.optimizers.natural;
