package steepest.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Constrained;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.GeneralizedLinearSum;
import steepest.optimizers.Objective;
import steepest.optimizers.Residuals;
import steepest.optimizers.StochasticObjective;
import steepest.optimizers.TwiceDifferentiable;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Spec;
import steepest.problems.conformance.Finding;
import steepest.problems.conformance.ProblemConformance;

/**
 * One parameterized test over every entry of {@link BuiltinProblems} (or a plugin's provider) (its default instance) and the
 * extra instances of {@link ProblemChecks#extraSpecs()}: tags, gradients against central differences,
 * Hessian-vector products against differences of gradients, the sample gradients of a generalized
 * linear sum, residuals and their Jacobian (dense and
 * as products) against differences of the residuals, the stated optimum. Problems of dimension
 * &gt;= 1e4 are checked on a seeded random subset of coordinates. An entry without a registered check
 * fails, and so does one whose residuals come or go unannounced ({@link ProblemChecks#RESIDUALS}).
 */
class ProblemCatalogTest {

    private static final int POINTS = 3;
    private static final int LARGE = 10_000;

    static Stream<String> specs() {
        List<String> specs = new ArrayList<>();
        for (CatalogEntry<Problem> entry : BuiltinProblems.asCatalog().entries()) {
            specs.add(entry.name());
        }
        specs.addAll(ProblemChecks.extraSpecs());
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void problemIsConsistent(String spec) {
        String name = Spec.parse("problem", spec).name();
        ProblemChecks.Check check = ProblemChecks.forSpec(spec, name).orElseThrow(() -> new AssertionError(
                "no check registered for problem '" + name + "': add one to ProblemChecks"));
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        CatalogEntry<Problem> entry = BuiltinProblems.asCatalog().entries().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        if (ProblemChecks.KEY_DEPENDENT_TAGS.containsKey(name)) {
            assertTrue(Tag.tokens(problem.tags()).containsAll(entry.tags()), "catalog tags of " + name
                    + " must be among every instance's");
        } else {
            assertEquals(entry.tags(), Tag.tokens(problem.tags()), "catalog tags of " + name + " vs the instance's");
        }
        assertTrue(Arrays.stream(problem.start()).allMatch(Double::isFinite), "start must be finite");
        Objective exact = StochasticObjective.exactOf(problem.objective());
        assertEquals(ProblemChecks.RESIDUALS.contains(name), exact instanceof Residuals,
                name + " offers residuals exactly when ProblemChecks.RESIDUALS lists it");

        SplittableRandom random = new SplittableRandom(spec.hashCode());
        double[] x = null;
        for (int k = 0; k < POINTS; k++) {
            x = check.points().point(problem, random);
            assertPasses(spec, check.meanGradient() ? ProblemConformance.meanGradient(exact, x, check.gradient(), random)
                    : ProblemConformance.gradient(exact, x, check.gradient(), check.step(), check.subset(), random));
            if (exact instanceof TwiceDifferentiable twice) {
                assertPasses(spec, ProblemConformance.hessianVector(twice, x, check.hessian(), random));
            }
            if (exact instanceof GeneralizedLinearSum linear) {
                assertPasses(spec, ProblemConformance.sampleGradients(linear, x, check.gradient(), random));
            }
            if (exact instanceof Residuals squares && problem.dimension() < LARGE) {
                assertPasses(spec, ProblemConformance.residuals(squares, x, check.gradient(), random));
            }
        }
        checkOptimum(spec, problem, check);
        if (problem.dimension() < LARGE) {
            if (exact instanceof FiniteSum sum) {
                assertPasses(spec, ProblemConformance.finiteSum(sum, x));
            }
            if (exact instanceof Constrained constrained) {
                assertPasses(spec, ProblemConformance.feasibleSet(constrained.feasibleSet(), problem.start(), random));
            }
            assertPasses(spec, ProblemConformance.deterministic(problem, BuiltinProblems.asCatalog().create(spec), x));
        }
    }

    private static void assertPasses(String spec, Finding finding) {
        if (!finding.ok()) {
            fail(spec + ": " + finding.check() + ": " + finding.measured());
        }
    }

    private static void checkOptimum(String spec, Problem problem, ProblemChecks.Check check) {
        if (check.noOptimum() != null) {
            assertTrue(!problem.hasOptimalValue() && problem.minimizer() == null,
                    spec + " is registered without an optimum (" + check.noOptimum() + ") but states one");
            return;
        }
        if (ProblemChecks.PARTLY_KNOWN_OPTIMUM.containsKey(spec)) {
            assertTrue(!problem.hasOptimalValue() || problem.minimizer() == null, spec
                    + " states f* and x*: remove it from ProblemChecks.PARTLY_KNOWN_OPTIMUM");
        } else {
            assertTrue(problem.hasOptimalValue(), spec + ": no f* stated and the check gives no reason");
            assertNotNull(problem.minimizer(), spec + ": no minimizer stated and the check gives no reason");
        }
        assertPasses(spec, ProblemConformance.optimum(problem, check.tolerances(), spec.hashCode()));
    }
}
