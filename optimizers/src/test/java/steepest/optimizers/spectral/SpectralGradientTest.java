package steepest.optimizers.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.testing.Quadratic;
import steepest.optimizers.testing.Runs;
import steepest.optimizers.testing.SimplexQuadratic;

/**
 * bb and spg: the first two steps against the Barzilai–Borwein formulas computed here, the
 * Grippo–Lampariello–Lucidi acceptance rule (monotone with M = 1, within the last M values
 * otherwise, and actually nonmonotone on an ill-conditioned quadratic), convergence on quadratics,
 * and the projected method's feasibility and convergence over the simplex.
 */
class SpectralGradientTest {

    private static final double[] CURVATURE = {1, 4, 20};
    private static final double[] CENTER = {1, -2, 0.5};

    /**
     * x₁ = x₀ − g₀/‖g₀‖∞ (α₀ = 1/‖g₀‖∞, BMR's), then x₂ = x₁ − α₁g₁ with α₁ = sᵀs/sᵀy (bb1) or sᵀy/yᵀy
     * (bb2) of s = x₁ − x₀, y = g₁ − g₀; on this quadratic both trials satisfy the GLL test at λ = 1.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bb1", "bb2"})
    void firstStepsAreTheBarzilaiBorweinSteps(String rule) {
        Quadratic f = new Quadratic(CURVATURE, CENTER);
        Search search = BuiltinOptimizers.asCatalog().create("bb:step=" + rule).start(new Oracle(f), new double[3],
                new SplittableRandom(0));
        double[] x0 = new double[3];
        double[] g0 = gradient(x0);
        double inf = Math.max(Math.abs(g0[0]), Math.max(Math.abs(g0[1]), Math.abs(g0[2])));
        double[] x1 = new double[3];
        for (int i = 0; i < 3; i++) {
            x1[i] = x0[i] - g0[i] / inf;
        }
        search.step();
        assertArrayEquals(x1, search.x(), 1e-15);
        double[] g1 = gradient(x1);
        double sts = 0;
        double sty = 0;
        double yty = 0;
        for (int i = 0; i < 3; i++) {
            double s = x1[i] - x0[i];
            double y = g1[i] - g0[i];
            sts += s * s;
            sty += s * y;
            yty += y * y;
        }
        double alpha = rule.equals("bb1") ? sts / sty : sty / yty;
        search.step();
        for (int i = 0; i < 3; i++) {
            assertEquals(x1[i] - alpha * g1[i], search.x()[i], 1e-14, "coordinate " + i);
        }
    }

    /** M = 1 is Armijo's test: f never increases. */
    @Test
    void memoryOneIsMonotone() {
        double[] values = Runs.run(BuiltinOptimizers.asCatalog().create("bb:M=1"), Quadratic.logSpaced(30, 1e3), new double[30],
                200).values();
        for (int k = 1; k < values.length; k++) {
            assertTrue(values[k] <= values[k - 1], "f rose at k = " + k);
        }
    }

    /**
     * With M = 10 every accepted f is at most the largest of the last ten (GLL), and on an
     * ill-conditioned quadratic f does rise at times: the test is not Armijo's in disguise.
     */
    @Test
    void acceptedValuesStayBelowTheLastTensMaximumButMayRise() {
        double[] values = Runs.run(BuiltinOptimizers.asCatalog().create("bb"), Quadratic.logSpaced(30, 1e3), new double[30],
                200).values();
        int rises = 0;
        for (int k = 1; k < values.length; k++) {
            double reference = Double.NEGATIVE_INFINITY;
            for (int j = Math.max(0, k - 10); j < k; j++) {
                reference = Math.max(reference, values[j]);
            }
            assertTrue(values[k] <= reference, "f above the last ten's maximum at k = " + k);
            rises += values[k] > values[k - 1] ? 1 : 0;
        }
        assertTrue(rises > 0, "no nonmonotone step in 200 iterations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bb", "bb:step=bb2", "bb:step=alternate"})
    void convergesOnAnIllConditionedQuadratic(String spec) {
        Quadratic f = Quadratic.logSpaced(50, 1e4);
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create(spec), f, new double[50],
                StoppingRules.iterations(20_000).withGradientTolerance(1e-10));
        assertEquals(Termination.GRADIENT_TOLERANCE, trace.result().termination());
        assertArrayEquals(f.center(), trace.result().x(), 1e-9);
    }

    /**
     * spg keeps every iterate on the simplex and its gap, BMR's ‖P(x − ∇f) − x‖∞, falls to 10⁻⁸ (20
     * iterations; there f − f* ≈ 3e-17 and, ∇f being of order 1 at the constrained minimizer, neither f
     * nor ∇fᵀd resolves further decrease: the rounding floor), with x within 10⁻⁷ of x*.
     */
    @Test
    void projectedMethodStaysFeasibleAndReachesTheConstrainedMinimizer() {
        SimplexQuadratic f = new SimplexQuadratic(new double[] {1, 3, 10, 30, 100}, new double[] {0.5, 0.4, 0.3, -0.1, 0.2});
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create("spg"), f, f.barycenter(),
                new StoppingRules(1000, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                        Double.NEGATIVE_INFINITY, 1e-8, 1));
        for (double[] x : trace.iterates()) {
            double sum = 0;
            for (double v : x) {
                assertTrue(v >= 0, "negative coordinate " + v);
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
        }
        assertEquals(Termination.GAP_TOLERANCE, trace.result().termination());
        assertArrayEquals(f.minimizer(), trace.result().x(), 1e-7);
    }

    private static double[] gradient(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = CURVATURE[i] * (x[i] - CENTER[i]);
        }
        return g;
    }
}
