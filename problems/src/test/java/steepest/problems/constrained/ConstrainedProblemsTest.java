package steepest.problems.constrained;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Constrained;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.TwiceDifferentiable;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.SpecException;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;
import steepest.problems.Tag;

/** Every constrained problem: exact derivatives, a feasible start, and a planted optimum that is one. */
class ConstrainedProblemsTest {

    /** Central differences with h = 10⁻⁵ on these quadratics are exact up to rounding, about 10⁻⁹ relative. */
    private static final double DERIVATIVE_TOLERANCE = 1e-7;

    static Stream<String> specs() {
        return Stream.of("ls-simplex", "ls-simplex:m=30,n=30,k=30,noise=0", "ls-l1-ball", "ls-l1-ball:radius=3,k=1",
                "ls-box", "ls-box:m=20,n=10,bound=0.1", "matrix-completion", "matrix-completion:m=8,n=12,rank=3,p=0.8");
    }

    static Stream<CatalogEntry<Problem>> entries() {
        return ConstrainedCatalog.entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void entryTagsAreTheDefaultInstancesTags(CatalogEntry<Problem> entry) {
        Problem problem = BuiltinProblems.asCatalog().create(entry.name());
        assertEquals(entry.tags(), Tag.tokens(problem.tags()));
        assertTrue(problem.tags().contains(Tag.CONSTRAINED));
        assertTrue(problem.objective() instanceof Constrained);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void startAndMinimizerAreFeasibleAndTheMinimizerHasTheStatedValue(String spec) {
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        FeasibleSet set = ((Constrained) problem.objective()).feasibleSet();
        assertFeasible(set, problem.start());
        assertFeasible(set, problem.minimizer());
        double value = problem.objective().value(problem.minimizer());
        assertEquals(problem.optimalValue(), value, 1e-12 * (1 + Math.abs(value)));
    }

    /**
     * For convex f, x* minimizes f over C iff it is a fixed point of the projected gradient map,
     * x* = P_C(x* − t∇f(x*)) for any t &gt; 0.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void minimizerIsAFixedPointOfTheProjectedGradientMap(String spec) {
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        FeasibleSet set = ((Constrained) problem.objective()).feasibleSet();
        double[] x = problem.minimizer();
        double[] g = new double[x.length];
        problem.objective().valueAndGradient(x, g);
        for (double t : new double[] {0.1, 1, 10}) {
            double[] moved = x.clone();
            for (int i = 0; i < x.length; i++) {
                moved[i] -= t * g[i];
            }
            set.projectInPlace(moved);
            assertArrayEquals(x, moved, 1e-9 * (1 + t), "t = " + t);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void gradientAndHessianVectorProductMatchFiniteDifferences(String spec) {
        Problem problem = BuiltinProblems.asCatalog().create(spec);
        TwiceDifferentiable f = (TwiceDifferentiable) problem.objective();
        int n = f.dimension();
        SplittableRandom random = new SplittableRandom(2);
        double[] x = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
            v[i] = random.nextGaussian();
        }
        double[] g = new double[n];
        double value = f.valueAndGradient(x, g);
        assertEquals(f.value(x), value, 1e-13 * (1 + Math.abs(value)));
        double h = 1e-5;
        double scale = 1 + max(g);
        for (int i = 0; i < n; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += h;
            minus[i] -= h;
            assertEquals((f.value(plus) - f.value(minus)) / (2 * h), g[i], DERIVATIVE_TOLERANCE * scale, "∂f/∂x" + i);
        }
        double[] hv = new double[n];
        f.hessianVector(x, v, hv);
        double[] gPlus = new double[n];
        double[] gMinus = new double[n];
        double[] plus = x.clone();
        double[] minus = x.clone();
        for (int i = 0; i < n; i++) {
            plus[i] += h * v[i];
            minus[i] -= h * v[i];
        }
        f.valueAndGradient(plus, gPlus);
        f.valueAndGradient(minus, gMinus);
        double hvScale = 1 + max(hv);
        for (int i = 0; i < n; i++) {
            assertEquals((gPlus[i] - gMinus[i]) / (2 * h), hv[i], DERIVATIVE_TOLERANCE * hvScale, "(∇²f·v)" + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ls-simplex", "ls-l1-ball", "ls-box", "matrix-completion"})
    void dataDeriveFromTheSeed(String name) {
        Problem first = BuiltinProblems.asCatalog().create(name + ":seed=5");
        Problem again = BuiltinProblems.asCatalog().create(name + ":seed=5");
        Problem other = BuiltinProblems.asCatalog().create(name + ":seed=6");
        double[] x = first.start();
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.01 * (i % 7);
        }
        assertEquals(first.objective().value(x), again.objective().value(x), 0.0);
        assertNotEquals(first.objective().value(x), other.objective().value(x));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ls-simplex:m=10,n=20|problem 'ls-simplex': m must be >= n = 20 (A of full column rank), got 10",
        "ls-l1-ball:k=0|problem 'ls-l1-ball': k must be in [1, n] = [1, 50], got 0",
        "ls-l1-ball:radius=0|problem 'ls-l1-ball': radius must be > 0, got 0.0",
        "ls-box:noise=-1|problem 'ls-box': noise must be >= 0, got -1.0",
        "matrix-completion:rank=25|problem 'matrix-completion': rank must be <= min(m, n) = 20, got 25",
        "matrix-completion:p=0|problem 'matrix-completion': p must be in (0, 1], got 0.0",
    })
    void invalidSpecsFailNamingTheKey(String spec, String message) {
        assertEquals(message, assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec)).getMessage());
    }

    private static void assertFeasible(FeasibleSet set, double[] x) {
        double[] projected = x.clone();
        set.projectInPlace(projected);
        assertArrayEquals(x, projected, 1e-12);
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
