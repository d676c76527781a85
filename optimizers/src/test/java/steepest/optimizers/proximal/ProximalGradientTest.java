package steepest.optimizers.proximal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.testing.PlantedLasso;
import steepest.optimizers.testing.Runs;
import steepest.optimizers.testing.SimplexQuadratic;

class ProximalGradientTest {

    private static final double KAPPA = 1000;
    private static final PlantedLasso LASSO = new PlantedLasso(80, 40, 5, KAPPA, 0.1, new SplittableRandom(21));

    /**
     * Beck and Teboulle (2009), Theorems 3.1 and 4.4 with backtracking from L₀ = 1 &lt; L = κ (so the
     * constant is ηL, η = 2): ISTA's F(x_k) − F* &lt;= ηL‖x₀ − x*‖²/(2k) and FISTA's
     * &lt;= 2ηL‖x₀ − x*‖²/(k + 1)², at every k up to 500; and FISTA ends at least 100 times closer.
     */
    @Test
    void fistaBeatsIstasOneOverKAndBothMeetTheirBounds() {
        double radius2 = squaredNorm(LASSO.minimizer());
        double constant = ProximalGradient.GROWTH * LASSO.smoothness() * radius2;
        double[] ista = Runs.run(BuiltinOptimizers.asCatalog().create("ista:L0=1"), LASSO, new double[40], 500).values();
        double[] fista = Runs.run(BuiltinOptimizers.asCatalog().create("fista:L0=1"), LASSO, new double[40], 500).values();
        for (int k = 1; k <= 500; k++) {
            assertTrue(ista[k] - LASSO.optimum() <= constant / (2 * k), "ISTA at k = " + k);
            assertTrue(fista[k] - LASSO.optimum() <= 2 * constant / ((k + 1.0) * (k + 1.0)), "FISTA at k = " + k);
        }
        double istaError = ista[500] - LASSO.optimum();
        double fistaError = fista[500] - LASSO.optimum();
        assertTrue(fistaError * 100 <= istaError, "FISTA " + fistaError + " vs ISTA " + istaError);
    }

    @Test
    void fistaFindsThePlantedMinimizer() {
        RunResult result = Runs.run(BuiltinOptimizers.asCatalog().create("fista"), LASSO, new double[40], 20_000).result();
        assertArrayEquals(LASSO.minimizer(), result.x(), 1e-8);
    }

    /** prox_{tλ‖·‖₁}(v) = p satisfies (v − p)/t ∈ λ∂‖p‖₁ (Parikh and Boyd, §6.5.2). */
    @Test
    void softThresholdingSatisfiesTheProxOptimalityCondition() {
        SplittableRandom random = new SplittableRandom(4);
        L1Norm norm = new L1Norm(0.7);
        for (int trial = 0; trial < 100; trial++) {
            double[] v = new double[10];
            for (int i = 0; i < v.length; i++) {
                v[i] = 2 * random.nextGaussian();
            }
            double t = 0.1 + random.nextDouble();
            double[] p = v.clone();
            norm.proxInPlace(p, t);
            for (int i = 0; i < v.length; i++) {
                double subgradient = (v[i] - p[i]) / t;
                if (p[i] != 0) {
                    assertEquals(0.7 * Math.signum(p[i]), subgradient, 1e-12);
                } else {
                    assertTrue(Math.abs(subgradient) <= 0.7 + 1e-12);
                }
            }
        }
    }

    @Test
    void projectedGradientReachesTheConstrainedMinimizerAndStopsOnItsResidual() {
        SimplexQuadratic f = new SimplexQuadratic(new double[] {1, 3, 10, 30, 100}, new double[] {0.5, 0.4, 0.3, -0.1, 0.2});
        StoppingRules rules = new StoppingRules(100_000, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, 1e-11, 1);
        Runs.Trace trace = Runs.run(BuiltinOptimizers.asCatalog().create("pgd"), f, f.barycenter(), rules);
        assertEquals(Termination.GAP_TOLERANCE, trace.result().termination());
        assertArrayEquals(f.minimizer(), trace.result().x(), 1e-10);
        for (double[] x : trace.iterates()) {
            double sum = 0;
            for (double xi : x) {
                assertTrue(xi >= 0);
                sum += xi;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void invalidInitialSmoothnessIsRejectedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BuiltinOptimizers.asCatalog().create("fista:L0=-1"))
                .getMessage().contains("L0 must be > 0"));
    }

    private static double squaredNorm(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return sum;
    }
}
