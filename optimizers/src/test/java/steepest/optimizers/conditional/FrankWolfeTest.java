package steepest.optimizers.conditional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.testing.Runs;
import steepest.optimizers.testing.SimplexQuadratic;

/**
 * Frank-Wolfe on f(x) = ½ Σ λᵢ(xᵢ − cᵢ)² over the probability simplex in R²⁰, λ log-spaced in
 * [1, 10] (so L = 10, μ = 1) and c chosen so that x* lies in the relative interior of a face (13 of
 * 20 coordinates are 0 at x*) — the case where classic Frank-Wolfe zigzags and the away-step and
 * pairwise variants converge linearly (Lacoste-Julien and Jaggi, NeurIPS 2015, Theorem 1).
 */
class FrankWolfeTest {

    private static final int N = 20;
    private static final double L = 10;
    /** The curvature constant C_f &lt;= L·diam(Δ)² = 2L (Jaggi, ICML 2013, Lemma 7). */
    private static final double CURVATURE = 2 * L;
    private static final SimplexQuadratic PROBLEM = problem();
    private static final double[] MINIMIZER = PROBLEM.minimizer();
    private static final double OPTIMUM = PROBLEM.value(MINIMIZER);

    static Stream<String> allSteps() {
        return Stream.of("frank-wolfe", "frank-wolfe:step=short,L=10", "frank-wolfe:step=line", "frank-wolfe:step=away",
                "frank-wolfe:step=pairwise", "frank-wolfe:step=away,L=10", "frank-wolfe:step=pairwise,L=10");
    }

    @Test
    void theProblemHasItsMinimizerInTheInteriorOfAFace() {
        long zeros = java.util.Arrays.stream(MINIMIZER).filter(v -> v == 0).count();
        assertTrue(zeros > 0 && zeros < N - 1, "x* must lie on a face but not at a vertex, zeros: " + zeros);
    }

    /**
     * Jaggi (ICML 2013), Theorems 1 and 2 for the open-loop step: f(x_k) − f* &lt;= 2C_f/(k + 2) and
     * min_{1&lt;=j&lt;=k} g_j &lt;= (27/4)·2C_f/(k + 2), checked at every k up to 2000; the measured decay
     * exponent of the best gap between k = 100 and 2000 must be at least 1 (measured: 1.15).
     */
    @Test
    void openLoopGapDecaysAtLeastLikeOneOverK() {
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create("frank-wolfe"), PROBLEM, PROBLEM.barycenter(), 2000);
        double[] values = trace.values();
        double[] gaps = trace.gaps();
        double best = Double.POSITIVE_INFINITY;
        for (int k = 1; k < gaps.length; k++) {
            best = Math.min(best, gaps[k]);
            assertTrue(values[k] - OPTIMUM <= 2 * CURVATURE / (k + 2), "primal bound at k = " + k);
            if (k >= 2) {
                assertTrue(best <= 6.75 * 2 * CURVATURE / (k + 2), "gap bound at k = " + k);
            }
        }
        double exponent = -Math.log(bestGap(gaps, 2000) / bestGap(gaps, 100)) / Math.log(20);
        assertTrue(exponent >= 1, "best gap decays like k^-" + exponent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSteps")
    void gapIsTheFrankWolfeGapAndBoundsTheError(String spec) {
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create(spec), PROBLEM, PROBLEM.barycenter(), 300);
        FeasibleSet set = PROBLEM.feasibleSet();
        double[] gradient = new double[N];
        double[] vertex = new double[N];
        for (int k = 1; k < trace.iterates().size(); k++) {
            double[] x = trace.iterates().get(k);
            double f = PROBLEM.valueAndGradient(x, gradient);
            set.linearMinimizer(gradient, vertex);
            double gap = 0;
            double sum = 0;
            for (int i = 0; i < N; i++) {
                gap += gradient[i] * (x[i] - vertex[i]);
                sum += x[i];
                assertTrue(x[i] >= -1e-15, spec + ": x_k stays in the simplex");
            }
            assertEquals(1.0, sum, 1e-12, spec + ": x_k stays in the simplex");
            assertEquals(gap, trace.gaps()[k], 1e-12, spec + ": reported gap at k = " + k);
            assertTrue(f - OPTIMUM <= gap + 1e-12, spec + ": the gap bounds f − f* at k = " + k);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSteps")
    void primalErrorObeysTheSublinearBound(String spec) {
        double[] values = Runs.run(BuiltinOptimizers.asCatalog().create(spec), PROBLEM, PROBLEM.barycenter(), 1000).values();
        for (int k = 1; k < values.length; k++) {
            assertTrue(values[k] - OPTIMUM <= 2 * CURVATURE / (k + 2) + 1e-12, spec + " at k = " + k);
        }
    }

    /**
     * Away-step and pairwise Frank-Wolfe reach f − f* &lt;= 10⁻¹² within 300 iterations at a measured
     * linear rate (measured: below 10⁻¹⁴ by iteration 50), while classic Frank-Wolfe with exact line
     * search is still above 10⁻⁶ there (measured: 8.2e-3).
     */
    @Test
    void awayStepAndPairwiseConvergeLinearlyWhereTheClassicMethodDoesNot() {
        for (String spec : new String[] {"frank-wolfe:step=away", "frank-wolfe:step=pairwise"}) {
            double[] values = Runs.run(BuiltinOptimizers.asCatalog().create(spec), PROBLEM, PROBLEM.barycenter(),
                    StoppingRules.iterations(300)).values();
            int first = firstBelow(values, 1e-2);
            int last = firstBelow(values, 1e-12);
            assertTrue(last > first, spec + " must reach 1e-12 within 300 iterations");
            double rate = Math.pow((values[last] - OPTIMUM) / (values[first] - OPTIMUM), 1.0 / (last - first));
            assertTrue(rate < 0.9, spec + ": mean contraction per iteration " + rate);
        }
        double[] classic = Runs.run(BuiltinOptimizers.asCatalog().create("frank-wolfe:step=line"), PROBLEM, PROBLEM.barycenter(),
                300).values();
        assertTrue(classic[300] - OPTIMUM > 1e-6, "classic FW with line search: " + (classic[300] - OPTIMUM));
    }

    @Test
    void driverStopsOnTheGapTolerance() {
        StoppingRules rules = new StoppingRules(100_000, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, 1e-8, 1);
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("frank-wolfe:step=pairwise"), PROBLEM,
                PROBLEM.barycenter(), rules).result();
        assertEquals(Termination.GAP_TOLERANCE, result.termination());
        assertTrue(result.last().gap() <= 1e-8);
        assertTrue(result.last().value() - OPTIMUM <= 1e-8);
    }

    private static int firstBelow(double[] values, double level) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] - OPTIMUM <= level) {
                return k;
            }
        }
        return -1;
    }

    private static double bestGap(double[] gaps, int upTo) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= upTo; k++) {
            best = Math.min(best, gaps[k]);
        }
        return best;
    }

    private static SimplexQuadratic problem() {
        SplittableRandom random = new SplittableRandom(7);
        double[] lambda = new double[N];
        double[] center = new double[N];
        for (int i = 0; i < N; i++) {
            lambda[i] = Math.pow(L, (double) i / (N - 1));
            center[i] = -0.2 + 0.6 * random.nextDouble();
        }
        return new SimplexQuadratic(lambda, center);
    }
}
