package steepest.problems.mgh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.SpecException;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * The MGH set against the paper (Moré, Garbow and Hillstrom, ACM TOMS 7(1), 1981): the published
 * minimum values, which the paper prints to six digits followed by "...", agree with the
 * full-precision f* the problems state (and f(x*) equals f*, see ProblemCatalogTest); the values at
 * the standard start that the paper's Algorithm 566 drivers print; the numbering and names; spec
 * validation.
 */
class MghPaperTest {

    /** Six printed digits: the stated f* must round to the printed value. */
    private static final double PRINTED = 5e-6;

    static Stream<Arguments> publishedMinima() {
        return Stream.of(
                Arguments.of("mgh-freudenstein-roth:optimum=local", 48.9842),
                Arguments.of("mgh-jennrich-sampson", 124.362),
                Arguments.of("mgh-bard", 8.21487e-3),
                Arguments.of("mgh-gaussian", 1.12793e-8),
                Arguments.of("mgh-meyer", 87.9458),
                Arguments.of("mgh-kowalik-osborne", 3.07505e-4),
                Arguments.of("mgh-brown-dennis", 85822.2),
                Arguments.of("mgh-osborne-1", 5.46489e-5),
                Arguments.of("mgh-biggs-exp6:optimum=local", 5.65565e-3),
                Arguments.of("mgh-osborne-2", 4.01377e-2),
                Arguments.of("mgh-watson:n=6", 2.28767e-3),
                Arguments.of("mgh-watson:n=9", 1.39976e-6),
                Arguments.of("mgh-watson:n=12", 4.72238e-10),
                Arguments.of("mgh-penalty-1:n=4", 2.24997e-5),
                Arguments.of("mgh-penalty-1:n=10", 7.08765e-5),
                Arguments.of("mgh-penalty-2:n=4", 9.37629e-6),
                Arguments.of("mgh-penalty-2:n=10", 2.93660e-4),
                Arguments.of("mgh-chebyquad:n=8", 3.51687e-3),
                Arguments.of("mgh-chebyquad:n=10", 6.50395e-3),
                Arguments.of("mgh-trigonometric:n=10,optimum=local", 2.79506e-5),
                // closed forms: m - n, m(m-1)/(2(2m+1)), (m^2+3m-6)/(2(2m-3)) at m = 20, n = 10
                Arguments.of("mgh-linear-full-rank", 10.0),
                Arguments.of("mgh-linear-rank-1", 380.0 / 82),
                Arguments.of("mgh-linear-rank-1-zero", 454.0 / 74));
    }

    @ParameterizedTest(name = "{0}: f* = {1}")
    @MethodSource("publishedMinima")
    void statedMinimumAgreesWithThePaper(String spec, double published) {
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        assertEquals(published, problem.optimalValue(), PRINTED * published, spec);
        assertEquals(problem.optimalValue(), problem.objective().value(problem.minimizer()),
                1e-8 * published, spec + ": f(x*)");
    }

    @ParameterizedTest(name = "{0}: f* = 0")
    @MethodSource("zeroResidualSpecs")
    void zeroResidualProblemsReachZero(String spec) {
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        assertEquals(0.0, problem.optimalValue(), spec);
        assertTrue(problem.objective().value(problem.minimizer()) <= 1e-24, spec + ": f(x*) = "
                + problem.objective().value(problem.minimizer()));
    }

    static Stream<String> zeroResidualSpecs() {
        return Stream.of("mgh-rosenbrock", "mgh-freudenstein-roth", "mgh-powell-badly-scaled", "mgh-brown-badly-scaled",
                "mgh-beale", "mgh-helical-valley", "mgh-gulf", "mgh-gulf:m=10", "mgh-box-3d", "mgh-powell-singular",
                "mgh-wood", "mgh-biggs-exp6", "mgh-extended-rosenbrock", "mgh-extended-powell",
                "mgh-variably-dimensioned", "mgh-trigonometric", "mgh-brown-almost-linear",
                "mgh-discrete-boundary-value", "mgh-discrete-integral-equation", "mgh-broyden-tridiagonal",
                "mgh-broyden-banded", "mgh-broyden-banded:n=200", "mgh-chebyquad:n=7", "mgh-chebyquad:n=9");
    }

    /** f(x0) as printed in the MGH literature (Algorithm 566 driver output, 7 digits). */
    static Stream<Arguments> startValues() {
        return Stream.of(
                Arguments.of("mgh-rosenbrock", 24.2),
                Arguments.of("mgh-freudenstein-roth", 400.5),
                Arguments.of("mgh-powell-badly-scaled", 1.135262),
                Arguments.of("mgh-brown-badly-scaled", 9.999980e11),
                Arguments.of("mgh-beale", 14.203125),
                Arguments.of("mgh-helical-valley", 2500.0),
                Arguments.of("mgh-powell-singular", 215.0),
                Arguments.of("mgh-wood", 19192.0),
                Arguments.of("mgh-watson", 30.0),
                Arguments.of("mgh-box-3d", 1031.154),
                Arguments.of("mgh-meyer", 1.693608e9));
    }

    @ParameterizedTest(name = "{0}: f(x0) = {1}")
    @MethodSource("startValues")
    void valueAtTheStandardStart(String spec, double printed) {
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        assertEquals(printed, problem.objective().value(problem.start()), 5e-7 * printed, spec);
    }

    @Test
    void thirtyFiveProblemsInThePapersOrder() {
        List<String> names = BuiltinProblems.asCatalog().entries().stream().map(CatalogEntry::name)
                .filter(n -> n.startsWith("mgh-")).toList();
        assertEquals(List.of("mgh-rosenbrock", "mgh-freudenstein-roth", "mgh-powell-badly-scaled",
                "mgh-brown-badly-scaled", "mgh-beale", "mgh-jennrich-sampson", "mgh-helical-valley", "mgh-bard",
                "mgh-gaussian", "mgh-meyer", "mgh-gulf", "mgh-box-3d", "mgh-powell-singular", "mgh-wood",
                "mgh-kowalik-osborne", "mgh-brown-dennis", "mgh-osborne-1", "mgh-biggs-exp6", "mgh-osborne-2",
                "mgh-watson", "mgh-extended-rosenbrock", "mgh-extended-powell", "mgh-penalty-1", "mgh-penalty-2",
                "mgh-variably-dimensioned", "mgh-trigonometric", "mgh-brown-almost-linear",
                "mgh-discrete-boundary-value", "mgh-discrete-integral-equation", "mgh-broyden-tridiagonal",
                "mgh-broyden-banded", "mgh-linear-full-rank", "mgh-linear-rank-1", "mgh-linear-rank-1-zero",
                "mgh-chebyquad"), names);
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            String summary = BuiltinProblems.asCatalog().entries().stream().filter(e -> e.name().equals(name))
                    .findFirst().orElseThrow().summary();
            assertTrue(summary.startsWith("MGH " + (k + 1) + " "), summary);
        }
    }

    @Test
    void scaledStartsMultiplyTheStandardStart() {
        assertArrayEquals(new double[] {-12, 10}, BuiltinProblems.asCatalog().create("mgh-rosenbrock:start=10").start());
        assertArrayEquals(new double[] {300, -100, 0, 100}, BuiltinProblems.asCatalog().create("mgh-powell-singular:start=100")
                .start());
        // Watson's x0 = 0: MINPACK's convention makes the scaled start (s, ..., s)
        assertArrayEquals(new double[] {100, 100, 100, 100, 100, 100},
                BuiltinProblems.asCatalog().create("mgh-watson:start=100").start());
        assertArrayEquals(new double[6], BuiltinProblems.asCatalog().create("mgh-watson").start());
    }

    @Test
    void invalidSizesAreRejectedNamingTheKey() {
        assertMessage("mgh-extended-rosenbrock:n=7", "n must be even");
        assertMessage("mgh-extended-powell:n=10", "n must be a multiple of 4");
        assertMessage("mgh-watson:n=32", "n must be in [2, 31]");
        assertMessage("mgh-linear-full-rank:n=10,m=5", "m must be >= 10");
        assertMessage("mgh-gulf:m=101", "m must be in [3, 100]");
        assertMessage("mgh-penalty-2:n=2000", "n must be in [1, 1000]");
        assertMessage("mgh-trigonometric:n=12,optimum=local", "optimum=local is known only for n = 10");
        assertMessage("mgh-wood:start=0", "start must be non-zero");
        assertMessage("mgh-freudenstein-roth:optimum=best", "optimum='best' is not one of global, local");
    }

    private static void assertMessage(String spec, String expected) {
        SpecException e = assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
