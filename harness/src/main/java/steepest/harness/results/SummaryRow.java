package steepest.harness.results;

import java.util.Optional;
import steepest.optimizers.Evaluations;
import steepest.optimizers.Termination;

/**
 * One row of {@code summary.csv}, typed: the cell, how it ended, where it ended and what it cost.
 * Read by {@link steepest.harness.store.Summaries#read}; every reader of results works on these rather than on column
 * names. Reals missing from the file (a failed cell's f, an unknown f*) are NaN.
 *
 * @param cell         the cell's identifier
 * @param problem      the canonical problem spec
 * @param optimizer    the canonical optimizer spec
 * @param seed         the replicate seed
 * @param rngSeed      the seed of the cell's random stream
 * @param dimension    the problem's dimension (0 if it could not be built)
 * @param status       how the cell ended
 * @param termination  the driver's reason, empty for a failed or unsupported cell
 * @param iterations   iterations made (0 when none was recorded)
 * @param f            f at the last recorded iterate
 * @param optimalValue f*, NaN when unknown
 * @param gapToOptimum f − f*
 * @param gradientNorm ‖∇f‖₂ at the last recorded iterate
 * @param certificate  the method's gap (Frank-Wolfe), NaN when it has none
 * @param evaluations  what the optimizer spent
 * @param epochs       passes over the data
 * @param seconds      the optimizer's own wall time
 * @param targets      the cost to reach each target
 * @param error        a failed cell's error or an unsupported cell's reason, else ""
 */
public record SummaryRow(String cell, String problem, String optimizer, long seed, long rngSeed, int dimension,
                         Status status, Optional<Termination> termination, long iterations, double f,
                         double optimalValue, double gapToOptimum, double gradientNorm, double certificate,
                         Evaluations evaluations, double epochs, double seconds, TargetCosts targets, String error) {
}
