package steepest.problems.mgh;

import java.util.Map;

/**
 * steepest's {@code bfgs}, {@code lbfgs}, {@code ncg} and {@code newton-cg} against scipy.optimize's
 * BFGS, L-BFGS-B, CG and Newton-CG on the 35 Moré–Garbow–Hillstrom problems (catalog default sizes,
 * standard starts). scipy's side is the committed fixture {@code scipy-mgh-runs.csv}, written by
 * {@code problems/src/test/python/scipy_mgh_fixtures.py} (run by hand with Debian's scipy 1.10);
 * ours runs here. {@link ScipyComparison#MINIMIZE} states the stopping rules and which evaluations
 * are counted (gradients + Hessian-vector products); {@link ScipyComparisonContract} what is
 * asserted, with the median bound scipy's own median. The per-problem table is written to
 * {@code problems/target/scipy-mgh-comparison.md}.
 */
class ScipyMghComparisonTest extends ScipyComparisonContract {

    private static final String BIGGS_LOCAL = "ours stops at the documented local minimum f = 5.65565e-3 (where two"
            + " exponential terms merge, x1 = x5 and x3 = x6, and the Hessian is singular) with |grad f|_2 <= 1e-8,"
            + " as BFGS and L-BFGS-B do (scipy's and ours);";
    private static final String SMALL_H0 = "H0 = (s'y / y'y) I from the first, steep step is too small along the valley,"
            + " and BFGS enlarges a too-small H only about twofold per iteration (steps double for ~10 iterations)";
    private static final String POWELL_RESTARTS = "Powell's restart test (|g+'g| >= 0.2 |g+|^2, Nocedal and Wright"
            + " eq. 5.52) fires often here and discards the conjugate direction, which scipy's CG keeps; the test"
            + " is kept because without it the median over the set rises from 68.5 to 85.5 and Brown badly scaled is"
            + " no longer solved;";
    private static final String PRECISION_LOSS = "scipy's CG/BFGS report failure (\"precision loss\": the line search"
            + " found no acceptable step)";

    /** (our method, problem) → why ours stops at another documented minimum than scipy's. */
    static final Map<String, String> OTHER_MINIMUM = Map.of(
            "ncg on mgh-biggs-exp6", BIGGS_LOCAL + " scipy's CG drifts on to the global minimum f = 0 in 3742 gradients.",
            "newton-cg on mgh-biggs-exp6", BIGGS_LOCAL + " scipy's Newton-CG drifts on to the global minimum f = 0"
                    + " (f = 3.3e-9) in 1269 gradients and 4037 Hessian-vector products.");

    /** Our method → why its median over the problems scipy solves is above scipy's. */
    static final Map<String, String> MEDIAN_EXCEPTIONS = Map.of(
            "bfgs", "ours scales H0 = (s'y / y'y) I after the first step (Nocedal and Wright eq. 6.20), scipy keeps"
                    + " H0 = I. The scaling saves over a quarter of the evaluations in all and wins by large factors"
                    + " on the long runs (extended Rosenbrock, extended Powell, penalty I and II: 2 to 3 times"
                    + " fewer), but on small problems the first step's curvature makes H0 too small along valleys,"
                    + " which BFGS enlarges only about twofold per iteration (Powell 1986): see the three problems"
                    + " listed as costlier. With h0=identity the median is 40.");

    /** (our method, problem) → why ours costs more than 1.5 times scipy's evaluations there. */
    static final Map<String, String> COSTLIER = Map.of(
            "bfgs on mgh-freudenstein-roth", SMALL_H0 + "; bfgs:h0=identity takes 13.",
            "bfgs on mgh-osborne-1", SMALL_H0 + ", twice; bfgs:h0=identity takes 77.",
            "bfgs on mgh-brown-almost-linear", SMALL_H0 + "; bfgs:h0=identity takes 14.",
            "lbfgs on mgh-penalty-2", "the same L-BFGS (m = 10) with another line search, on a slow tail (Hessian"
                    + " condition number 2.4e6 at x*, f* = 2.9e-4) where rounding decides the path: changes to ours"
                    + " that only round differently (inner products summed in one, four or eight interleaved"
                    + " sequences, the two-loop recursion's passes fused or not) gave 437, 445, 573 and 582 gradients;"
                    + " L-BFGS-B takes 283.",
            "ncg on mgh-linear-rank-1", "our stopping rule is stricter: after one iteration (3 gradients, where scipy"
                    + " stops) |grad f|_2 = 1.6e-8 > 1e-8 while |grad f|_inf < 1e-8; one more iteration.",
            "ncg on mgh-wood", POWELL_RESTARTS + " without the test 116.",
            "ncg on mgh-powell-badly-scaled", POWELL_RESTARTS + " without the test 424 (Hessian condition number 7e17"
                    + " at x*).",
            "ncg on mgh-penalty-2", POWELL_RESTARTS + " without the test 884 (Hessian condition number 2.4e6 at x*;"
                    + " with scipy's c2 = 0.4 instead of 0.1, 1388).");

    /** (our method, problem) → how scipy ends where ours ends closer to a minimum. */
    static final Map<String, String> BETTER = Map.ofEntries(
            Map.entry("bfgs on mgh-brown-dennis", PRECISION_LOSS + " at f* with |grad f|_inf = 5e-7; ours certifies"
                    + " |grad f|_2 <= 1e-8."),
            Map.entry("lbfgs on mgh-jennrich-sampson", "false success: L-BFGS-B stops at f = 214.3 (f* = 124.36) after"
                    + " 24 gradients, f having stopped decreasing (ftol = 0); ours converges."),
            Map.entry("lbfgs on mgh-meyer", "L-BFGS-B ends with an abnormal line search at f = 180.1 (f* = 87.95);"
                    + " ours reaches f* to 1e-8 at the rounding floor, where |grad f|_2 <= 1e-8 is out of reach."),
            Map.entry("lbfgs on mgh-powell-badly-scaled", "false success: L-BFGS-B stops at f = 2.4e-7 (f* = 0), f"
                    + " having stopped decreasing; ours converges."),
            Map.entry("ncg on mgh-brown-dennis", PRECISION_LOSS + " at f* with |grad f|_inf = 7.6e-4; ours certifies"
                    + " |grad f|_2 <= 1e-8."),
            Map.entry("ncg on mgh-freudenstein-roth", PRECISION_LOSS + " at the local minimum 48.98 with |grad f|_inf"
                    + " = 2.5e-6; ours converges to it."),
            Map.entry("ncg on mgh-osborne-1", PRECISION_LOSS + " near f* after 4321 gradients, |grad f|_inf = 3e-7;"
                    + " ours converges."),
            Map.entry("ncg on mgh-osborne-2", PRECISION_LOSS + " at f* after 1314 gradients; ours converges."),
            Map.entry("ncg on mgh-watson", PRECISION_LOSS + " at f* after 1148 gradients; ours converges."),
            Map.entry("ncg on mgh-variably-dimensioned", PRECISION_LOSS + " after 2 iterations at f = 31.7 (f* = 0);"
                    + " ours converges."),
            Map.entry("newton-cg on mgh-meyer", "false success: Newton-CG's step test stops it at f = 112192 (f* ="
                    + " 87.95); ours reaches f* to 1e-8 at the rounding floor."),
            Map.entry("newton-cg on mgh-osborne-1", "false success: Newton-CG's step test stops it at f = 5.4684e-5"
                    + " (f* = 5.4649e-5, |grad f|_inf = 2e-4); ours converges."),
            Map.entry("newton-cg on mgh-powell-badly-scaled", "false success: Newton-CG's step test stops it at f ="
                    + " 2.1e-3 (f* = 0); ours converges."),
            Map.entry("newton-cg on mgh-penalty-1", "Newton-CG runs out of its 10000 iterations near f* (30000"
                    + " evaluations); ours converges."),
            Map.entry("newton-cg on mgh-powell-singular", "Newton-CG runs out of its 10000 iterations near f* (singular"
                    + " Hessian at x*, 40014 evaluations); ours converges."));

    ScipyMghComparisonTest() {
        super(ScipyComparison.MINIMIZE, OTHER_MINIMUM, MEDIAN_EXCEPTIONS, COSTLIER, BETTER);
    }
}
