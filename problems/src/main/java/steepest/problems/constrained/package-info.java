/**
 * Constrained problems with their feasible sets' projections and linear minimization oracles:
 * least squares with a planted minimizer over the probability {@link steepest.problems.constrained.Simplex},
 * an {@link steepest.problems.constrained.L1Ball} and a {@link steepest.problems.constrained.Box}, and
 * {@link steepest.problems.constrained.MatrixCompletion} over a
 * {@link steepest.problems.constrained.NuclearNormBall}.
 */
package steepest.problems.constrained;
