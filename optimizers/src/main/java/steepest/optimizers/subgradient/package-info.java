/** The subgradient method for non-smooth convex objectives, with constant, 1/√k and Polyak steps, reporting its best iterate. */
package steepest.optimizers.subgradient;
