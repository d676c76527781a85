package steepest.optimizers.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.RunResult;
import steepest.optimizers.Search;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.TwiceDifferentiable;
import steepest.optimizers.testing.ExtendedRosenbrock;
import steepest.optimizers.testing.Quadratic;
import steepest.optimizers.testing.Runs;

/** What every line-search method shares: honest stopping, exact reported values, no allocation per step. */
class LineSearchMethodTest {

    static Stream<String> lineSearchMethods() {
        return Stream.of("gd-ls", "gd-ls:search=wolfe", "ncg", "ncg:beta=fr", "ncg:beta=hs", "ncg:beta=hz", "bfgs",
                "lbfgs", "lbfgs:search=armijo", "newton", "newton-cg");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineSearchMethods")
    void inconsistentGradientEndsAsLineSearchFailedNotAnException(String spec) {
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create(spec), new WrongSign(4), new double[] {1, -2, 3, 0.5},
                100).result();
        assertEquals(Termination.LINE_SEARCH_FAILED, result.termination());
        assertArrayEquals(new double[] {1, -2, 3, 0.5}, result.x(), "a failed search keeps the last acceptable iterate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineSearchMethods")
    void reportedValueAndGradientAreExactAtEveryIterate(String spec) {
        ExtendedRosenbrock f = new ExtendedRosenbrock(6);
        Search search = BuiltinOptimizers.asCatalog().create(spec).start(new Oracle(f), f.start(), new SplittableRandom(0));
        double[] gradient = new double[6];
        for (int k = 0; k < 30 && search.step(); k++) {
            double value = f.valueAndGradient(search.x(), gradient);
            assertEquals(value, search.value(), "f(x_k) at k = " + (k + 1));
            assertArrayEquals(gradient, search.gradient(), "∇f(x_k) at k = " + (k + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineSearchMethods")
    void stationaryPointStopsTheSearchAsConverged(String spec) {
        Quadratic f = Quadratic.logSpaced(3, 10);
        Oracle oracle = new Oracle(f);
        Search search = BuiltinOptimizers.asCatalog().create(spec).start(oracle, f.center(), new SplittableRandom(0));
        assertFalse(search.step());
        assertEquals(Termination.GRADIENT_TOLERANCE, search.termination());
        assertEquals(1, oracle.evaluations().gradients(), "one evaluation at x0, nothing else");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineSearchMethods")
    void nonFiniteStartEndsAsDiverged(String spec) {
        Quadratic f = Quadratic.logSpaced(2, 10);
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[] {Double.NaN, 0}, 10).result();
        assertEquals(Termination.DIVERGED, result.termination());
    }

    /**
     * f = 10 + ½ Σ λᵢ(xᵢ − 1)², κ = 10³, n = 50: f − f* falls below an ulp of f long before
     * ‖∇f‖ &lt;= 10⁻⁹. The strong Wolfe search goes on by slopes (approximate Wolfe conditions) to the
     * gradient tolerance; Armijo backtracking stops honestly at the rounding floor.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lineSearchMethods")
    void wolfeMethodsReachTightGradientTolerancesWhereFNoLongerResolvesDecreases(String spec) {
        Quadratic quadratic = Quadratic.logSpaced(50, 1e3);
        TwiceDifferentiable offset = new TwiceDifferentiable() {
            @Override
            public int dimension() {
                return 50;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                return 10 + quadratic.valueAndGradient(x, g);
            }

            @Override
            public double value(double[] x) {
                return 10 + quadratic.value(x);
            }

            @Override
            public void hessianVector(double[] x, double[] v, double[] out) {
                quadratic.hessianVector(x, v, out);
            }
        };
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create(spec), offset, new double[50],
                StoppingRules.iterations(100_000).withGradientTolerance(1e-9)).result();
        boolean armijo = spec.equals("gd-ls") || spec.contains("search=armijo");
        if (!armijo) {
            assertEquals(Termination.GRADIENT_TOLERANCE, result.termination(), spec);
        } else {
            assertEquals(Termination.LINE_SEARCH_FAILED, result.termination(), spec);
            assertTrue(result.last().value() - 10 <= 1e-12, spec + " stops at the floor, not before");
        }
    }

    /**
     * One vector of the d = 10⁵ problem is 800 kB; after a warm-up, 20 iterations may allocate no
     * more than a few kB in all (nothing per iteration).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ncg", "lbfgs", "ncg:beta=hz", "gd-ls", "gd-ls:search=wolfe", "newton-cg"})
    void allocatesNothingPerIterationOnLargeProblems(String spec) {
        ExtendedRosenbrock f = new ExtendedRosenbrock(100_000);
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(spec);
        Search search = optimizer.start(new Oracle(f), f.start(), new SplittableRandom(0));
        for (int k = 0; k < 5; k++) {
            assertTrue(search.step(), "the run must still be going");
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread);
        long before = threads.getThreadAllocatedBytes(thread);
        for (int k = 0; k < 20; k++) {
            assertTrue(search.step(), "the run must still be going");
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 16_384, spec + " allocated " + allocated + " bytes in 20 iterations");
    }

    /** f(x) = ½‖x‖² whose "gradient" and Hessian have the wrong sign: every direction offered is uphill. */
    private record WrongSign(int dimension) implements TwiceDifferentiable {
        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                g[i] = -x[i];
                f += 0.5 * x[i] * x[i];
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            for (int i = 0; i < v.length; i++) {
                out[i] = -v[i];
            }
        }
    }
}
