/** Constrained problems with their feasible sets' projections and linear minimization oracles. */
package steepest.problems.constrained;
