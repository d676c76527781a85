package steepest.problems.analytic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.optimizers.Driver;
import steepest.optimizers.Observer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.TwiceDifferentiable;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/** The two problems of the foundation path: their definitions, derivatives, and GD on them. */
class FoundationProblemsTest {

    private static final double H = 1e-6;

    @Test
    void gradientDescentReachesTheQuadraticMinimizerOneOverLambda() {
        Problem problem = BuiltinProblems.asCatalog().create("quadratic:d=50,cond=100");
        RunResult result = Driver.run(BuiltinOptimizers.asCatalog().create("gd:lr=0.01"), problem.objective(),
                problem.start(), new SplittableRandom(0), StoppingRules.iterations(20_000).withGradientTolerance(1e-12),
                RecordSchedule.endsOnly(), Observer.NONE);
        assertEquals(Termination.GRADIENT_TOLERANCE, result.termination());
        double[] x = result.x();
        for (int i = 0; i < 50; i++) {
            double lambda = Math.pow(100, i / 49.0);
            assertEquals(1 / lambda, x[i], 1e-8, "x*_" + i + " = b_i / lambda_i");
        }
        assertEquals(problem.optimalValue(), result.last().value(), 1e-12);
    }

    @Test
    void quadraticHasTheStatedEigenvaluesStartAndOptimum() {
        Problem problem = BuiltinProblems.asCatalog().create("quadratic:d=3,cond=100");
        assertArrayEquals(new double[] {0, 0, 0}, problem.start());
        assertArrayEquals(new double[] {1, 1 / 10.0, 1 / 100.0}, problem.minimizer(), 1e-15);
        assertEquals(-0.5 * (1 + 0.1 + 0.01), problem.optimalValue(), 1e-15);
    }

    @Test
    void rosenbrockHasTheStandardStartAndItsValueThere() {
        Problem problem = BuiltinProblems.asCatalog().create("rosenbrock:d=4");
        assertArrayEquals(new double[] {-1.2, 1, -1.2, 1}, problem.start());
        // Three chained terms at (-1.2, 1, -1.2, 1): two of 100(1 - 1.44)^2 + 2.2^2 = 24.2, one of 100(-1.2 - 1)^2 + 0 = 484.
        assertEquals(24.2 + 484 + 24.2, problem.objective().value(problem.start()), 1e-12);
        assertEquals(0.0, problem.objective().value(problem.minimizer()));
    }

    @Test
    void gradientsMatchCentralDifferencesAndHessianVectorProductsMatchGradientDifferences() {
        SplittableRandom random = new SplittableRandom(42);
        for (String spec : new String[] {"quadratic:d=7,cond=1000", "rosenbrock:d=2", "rosenbrock:d=9"}) {
            TwiceDifferentiable f = (TwiceDifferentiable) BuiltinProblems.asCatalog().create(spec).objective();
            int n = f.dimension();
            for (int trial = 0; trial < 5; trial++) {
                double[] x = random.doubles(n, -2, 2).toArray();
                double[] v = random.doubles(n, -1, 1).toArray();
                double[] g = new double[n];
                double fx = f.valueAndGradient(x, g);
                assertEquals(f.value(x), fx, 1e-14 * (1 + Math.abs(fx)), spec);
                double[] gPlus = new double[n];
                double[] gMinus = new double[n];
                double[] hv = new double[n];
                f.hessianVector(x, v, hv);
                for (int i = 0; i < n; i++) {
                    double[] up = x.clone();
                    double[] down = x.clone();
                    up[i] += H;
                    down[i] -= H;
                    double difference = (f.value(up) - f.value(down)) / (2 * H);
                    assertEquals(difference, g[i], 1e-6 * (1 + Math.abs(g[i])), spec + " d/dx" + i);
                }
                double[] xPlus = x.clone();
                double[] xMinus = x.clone();
                for (int i = 0; i < n; i++) {
                    xPlus[i] += H * v[i];
                    xMinus[i] -= H * v[i];
                }
                f.valueAndGradient(xPlus, gPlus);
                f.valueAndGradient(xMinus, gMinus);
                for (int i = 0; i < n; i++) {
                    double difference = (gPlus[i] - gMinus[i]) / (2 * H);
                    assertEquals(difference, hv[i], 1e-5 * (1 + Math.abs(hv[i])), spec + " (Hv)_" + i);
                }
            }
        }
    }

    @Test
    void badParametersNameTheKey() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BuiltinProblems.asCatalog().create("rosenbrock:d=1"));
        assertEquals("problem 'rosenbrock': d must be >= 2, got 1", e.getMessage());
        assertTrue(BuiltinProblems.asCatalog().entries().size() >= 2);
    }
}
