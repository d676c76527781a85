package steepest.problems.mgh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Termination;
import steepest.problems.mgh.ScipyComparison.Outcome;
import steepest.problems.mgh.ScipyComparison.Pair;
import steepest.problems.mgh.ScipyComparison.Row;

/**
 * steepest's {@code bfgs}, {@code lbfgs}, {@code ncg} and {@code newton-cg} against scipy.optimize's
 * BFGS, L-BFGS-B, CG and Newton-CG on the 35 Moré–Garbow–Hillstrom problems (catalog default sizes,
 * standard starts). scipy's side is the committed fixture {@code scipy-mgh-runs.csv}, written by
 * {@code problems/src/test/python/scipy_mgh_fixtures.py} (run by hand with Debian's scipy 1.10);
 * ours runs here. {@link ScipyComparison} states the stopping rules, what "solves" means and which
 * evaluations are counted.
 *
 * <p>Asserted: on every problem scipy solves, ours solves it too and reaches the same minimum (or
 * the documented other minimum listed in {@link #OTHER_MINIMUM}); per method pair the median
 * evaluation count over the problems scipy solves is no worse than scipy's (or the pair is listed
 * in {@link #MEDIAN_EXCEPTIONS}); the problems where ours costs more than 1.5 times scipy's are
 * exactly {@link #COSTLIER}; ours never ends further from a minimum than scipy (solved, at a
 * minimum uncertified, elsewhere: {@link ScipyComparison.Outcome#rank()}), and the problems where it
 * ends closer are exactly {@link #BETTER}. Each list is compared with the measured set, so none can
 * go stale. The per-problem table is written to {@code problems/target/scipy-mgh-comparison.md}.
 */
class ScipyMghComparisonTest {

    /** Worse than scipy by more than this factor in evaluations needs a listed reason. */
    static final double COSTLIER_FACTOR = 1.5;

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

    static Stream<Row> rowsScipySolves() {
        return ScipyComparison.rows().stream().filter(row -> row.scipyOutcome().solved());
    }

    static Stream<Pair> pairs() {
        return Stream.of(Pair.values());
    }

    @Test
    void fixtureHoldsEveryMghProblemForEveryScipyMethod() {
        Set<String> problems = MghCatalog.entries().stream().map(entry -> entry.name()).collect(Collectors.toSet());
        for (Pair pair : Pair.values()) {
            assertEquals(problems, ScipyComparison.rows().stream().filter(row -> row.pair() == pair)
                    .map(Row::spec).collect(Collectors.toSet()), pair.scipy());
        }
        assertEquals(problems.size() * Pair.values().length, ScipyComparison.rows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsScipySolves")
    void oursSolvesEveryProblemScipySolvesAtTheSameMinimum(Row row) {
        Outcome ours = row.ourOutcome();
        assertEquals(Termination.GRADIENT_TOLERANCE, row.ours().termination(), row + ": f = " + row.ours().last().value());
        assertTrue(ours.solved(), row + ": f = " + row.ours().last().value() + " is no documented minimum");
        if (OTHER_MINIMUM.containsKey(row.key())) {
            assertTrue(ours.minimum() != row.scipyOutcome().minimum(), row + " is listed as reaching another minimum");
        } else {
            assertEquals(row.scipyOutcome().minimum(), ours.minimum(), row + ": f = " + row.ours().last().value()
                    + ", scipy's " + row.scipy().value());
        }
    }

    @Test
    void otherMinimaAreExactlyTheListedOnes() {
        assertEquals(new TreeSet<>(OTHER_MINIMUM.keySet()), keys(rowsScipySolves()
                .filter(row -> row.ourOutcome().solved() && row.ourOutcome().minimum() != row.scipyOutcome().minimum())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void medianEvaluationsOverTheProblemsScipySolvesAreNoWorseThanScipys(Pair pair) {
        double ours = ScipyComparison.median(rowsScipySolves().filter(row -> row.pair() == pair)
                .mapToDouble(Row::ourEvaluations).toArray());
        double scipy = ScipyComparison.median(rowsScipySolves().filter(row -> row.pair() == pair)
                .mapToDouble(Row::scipyEvaluations).toArray());
        String measured = pair.ours() + " median " + ours + " against " + pair.scipy() + " " + scipy;
        assertEquals(MEDIAN_EXCEPTIONS.containsKey(pair.ours()), ours > scipy, measured);
    }

    @Test
    void problemsCostingOverOneAndAHalfTimesScipysAreExactlyTheListedOnes() {
        assertEquals(new TreeSet<>(COSTLIER.keySet()), keys(rowsScipySolves()
                .filter(row -> row.ourEvaluations() > COSTLIER_FACTOR * row.scipyEvaluations())));
    }

    @Test
    void problemsWhereOursEndsCloserToAMinimumThanScipyAreExactlyTheListedOnes() {
        assertEquals(new TreeSet<>(BETTER.keySet()), keys(ScipyComparison.rows().stream()
                .filter(row -> row.ourOutcome().rank() > row.scipyOutcome().rank())));
    }

    @Test
    void nowhereDoesOursEndFurtherFromAMinimumThanScipy() {
        assertEquals(Set.of(), keys(ScipyComparison.rows().stream()
                .filter(row -> row.ourOutcome().rank() < row.scipyOutcome().rank())));
    }

    @Test
    void everyListedKeyNamesARowAndEveryReasonIsGiven() {
        Set<String> keys = keys(ScipyComparison.rows().stream());
        for (Map<String, String> list : List.of(OTHER_MINIMUM, COSTLIER, BETTER)) {
            assertTrue(keys.containsAll(list.keySet()), list.keySet().toString());
            list.values().forEach(reason -> assertFalse(reason.isBlank()));
        }
        Set<String> methods = Stream.of(Pair.values()).map(Pair::ours).collect(Collectors.toSet());
        assertTrue(methods.containsAll(MEDIAN_EXCEPTIONS.keySet()), MEDIAN_EXCEPTIONS.keySet().toString());
    }

    @Test
    void writesThePerProblemTable() throws IOException {
        String table = ScipyComparison.markdown(OTHER_MINIMUM, COSTLIER, BETTER, MEDIAN_EXCEPTIONS);
        Path file = Path.of("target", "scipy-mgh-comparison.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
        assertEquals(ScipyComparison.rows().size(), table.lines().filter(line -> line.startsWith("| mgh-")).count());
    }

    private static Set<String> keys(Stream<Row> rows) {
        return rows.map(Row::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
