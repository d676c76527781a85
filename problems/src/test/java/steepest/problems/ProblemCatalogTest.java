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
import steepest.optimizers.TwiceDifferentiable;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Spec;
import steepest.problems.conformance.Finding;
import steepest.problems.conformance.ProblemConformance;
import steepest.problems.mgh.SumOfSquares;

/**
 * One parameterized test over every entry of {@link BuiltinProblems} (or a plugin's provider) (its default instance) and the
 * extra instances of {@link ProblemChecks#EXTRA_SPECS}: tags, gradients against central differences,
 * Hessian-vector products against differences of gradients, the stated optimum. Problems of dimension
 * &gt;= 1e4 are checked on a seeded random subset of coordinates. An entry without a registered check
 * fails.
 */
class ProblemCatalogTest {

    private static final double EPS = Math.ulp(1.0);
    private static final double STEP = Math.cbrt(EPS);
    private static final int POINTS = 3;
    private static final int LARGE = 10_000;
    /** Headroom over the estimated rounding error of a difference quotient. */
    private static final double ROUNDING = 100;

    static Stream<String> specs() {
        List<String> specs = new ArrayList<>();
        for (CatalogEntry<Problem> entry : BuiltinProblems.asCatalog().entries()) {
            specs.add(entry.name());
        }
        specs.addAll(ProblemChecks.EXTRA_SPECS);
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void problemIsConsistent(String spec) {
        String name = Spec.parse("problem", spec).name();
        ProblemChecks.Check check = ProblemChecks.forEntry(name).orElseThrow(() -> new AssertionError(
                "no check registered for problem '" + name + "': add one to ProblemChecks"));
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        CatalogEntry<Problem> entry = BuiltinProblems.asCatalog().entries().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        assertEquals(entry.tags(), Tag.tokens(problem.tags()), "catalog tags of " + name + " vs the instance's");
        assertTrue(Arrays.stream(problem.start()).allMatch(Double::isFinite), "start must be finite");

        SplittableRandom random = new SplittableRandom(spec.hashCode());
        double[] x = null;
        for (int k = 0; k < POINTS; k++) {
            x = check.points().point(problem, random);
            assertPasses(spec, ProblemConformance.gradient(problem.objective(), x, check.gradient(), check.subset(), random));
            if (problem.objective() instanceof TwiceDifferentiable twice) {
                assertPasses(spec, ProblemConformance.hessianVector(twice, x, check.hessian(), random));
            }
            if (problem.objective() instanceof SumOfSquares squares && problem.dimension() < LARGE) {
                checkJacobian(spec, squares, x, check.gradient());
            }
        }
        checkOptimum(spec, problem, check);
        if (problem.dimension() < LARGE) {
            if (problem.objective() instanceof FiniteSum sum) {
                assertPasses(spec, ProblemConformance.finiteSum(sum, x));
            }
            if (problem.objective() instanceof Constrained constrained) {
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

    /**
     * For least squares, the residuals' Jacobian against central differences of the residuals
     * themselves (far better conditioned than differences of f = Σr² when f is huge) and the gradient
     * against 2Jᵀr.
     */
    private static void checkJacobian(String spec, SumOfSquares f, double[] x, double bound) {
        int n = x.length;
        int m = f.residualCount();
        double[][] jacobian = new double[m][n];
        f.jacobian(x, jacobian);
        double[] r = new double[m];
        f.residuals(x, r);
        double[] rp = new double[m];
        double[] rm = new double[m];
        for (int j = 0; j < n; j++) {
            double xj = x[j];
            double h = STEP * Math.max(1, Math.abs(xj));
            x[j] = xj + h;
            f.residuals(x, rp);
            double up = x[j];
            x[j] = xj - h;
            f.residuals(x, rm);
            double step = up - x[j];
            x[j] = xj;
            for (int i = 0; i < m; i++) {
                double fd = (rp[i] - rm[i]) / step;
                double rowScale = 0;
                for (int k = 0; k < n; k++) {
                    rowScale = Math.max(rowScale, Math.abs(jacobian[i][k]));
                }
                double rounding = ROUNDING * EPS * Math.max(Math.abs(r[i]), Math.max(Math.abs(rp[i]), Math.abs(rm[i])))
                        / step;
                double allowed = bound * rowScale + rounding;
                if (!(Math.abs(fd - jacobian[i][j]) <= allowed)) {
                    fail(spec + ": dr" + i + "/dx" + j + " = " + jacobian[i][j] + " but central difference " + fd);
                }
            }
        }
        double[] g = new double[n];
        f.valueAndGradient(x, g);
        double[] jtr = new double[n];
        double scale = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                jtr[j] += 2 * jacobian[i][j] * r[i];
                scale = Math.max(scale, Math.abs(2 * jacobian[i][j] * r[i]));
            }
        }
        for (int j = 0; j < n; j++) {
            assertEquals(jtr[j], g[j], 1e-12 * scale, spec + ": gradient is not 2J'r at coordinate " + j);
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
