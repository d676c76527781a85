package steepest.problems.mgh;

import java.util.Map;

/**
 * steepest's {@code levenberg-marquardt} against {@code scipy.optimize.least_squares(method='lm')}
 * (MINPACK's lmder) on the 35 Moré–Garbow–Hillstrom problems, with D = I ({@code x_scale=1}, scipy's
 * default) and with D from the Jacobian's column norms ({@code x_scale=jac}, MINPACK's mode 1 and our
 * default). scipy's side is the committed fixture {@code scipy-lm-runs.csv}, written by
 * {@code problems/src/test/python/scipy_lm_fixtures.py}; ours runs here with the same tolerances and
 * its own MINPACK tests ({@link ScipyComparison#LEAST_SQUARES}). Evaluations are residual
 * evaluations; the median over the problems scipy solves may be at most 1.25 times scipy's
 * ({@link ScipyComparisonContract} states the rest). The two implement one algorithm, so no list of
 * exceptions is needed: on every problem the counts agree within 1.5 times, mostly exactly. The
 * per-problem table is written to {@code problems/target/scipy-lm-comparison.md}.
 */
class ScipyLeastSquaresComparisonTest extends ScipyComparisonContract {

    /** None: ours stops at scipy's minimum on every problem. */
    static final Map<String, String> OTHER_MINIMUM = Map.of();
    /** None: each median is within the bound. */
    static final Map<String, String> MEDIAN_EXCEPTIONS = Map.of();
    /** None: no problem costs ours more than 1.5 times scipy's residual evaluations. */
    static final Map<String, String> COSTLIER = Map.of();
    /** None: where scipy fails or succeeds falsely (Brown-Dennis with x_scale=jac), so does ours. */
    static final Map<String, String> BETTER = Map.of();

    ScipyLeastSquaresComparisonTest() {
        super(ScipyComparison.LEAST_SQUARES, OTHER_MINIMUM, MEDIAN_EXCEPTIONS, COSTLIER, BETTER);
    }
}
