package steepest.problems.noisy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Objective;
import steepest.optimizers.StochasticObjective;
import steepest.problems.BuiltinProblems;
import steepest.problems.Problem;

/**
 * The noise floor of constant-step gradient descent: the closed form Σᵢ ησ²/(2(2 − ηλᵢ)) from the
 * quadratics' documented eigenvalues λᵢ = κ^(i/(d−1)) (diagonal and rotated alike), and the long-run
 * average of f − f* of a simulated noisy descent, written here without the library's optimizers.
 */
class NoiseFloorTest {

    private static final int D = 10;
    private static final double COND = 100;
    private static final double LR = 0.005;
    private static final double SIGMA = 0.1;

    private static Problem problem(String spec) {
        return BuiltinProblems.asCatalog().create(spec);
    }

    /** Σᵢ ησ²/(2(2 − ηλᵢ)) over the log-spaced eigenvalues of quadratic:d=10,cond=100. */
    private static double closedForm(double lr, double sigma) {
        double floor = 0;
        for (int i = 0; i < D; i++) {
            double lambda = Math.pow(COND, (double) i / (D - 1));
            floor += lr * sigma * sigma / (2 * (2 - lr * lambda));
        }
        return floor;
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadratic:d=10,cond=100", "quadratic-rotated:d=10,cond=100,seed=3"})
    void matchesTheClosedFormOnQuadratics(String inner) {
        Problem noisy = problem("noisy:problem=(" + inner + "),sigma=" + SIGMA);
        double expected = closedForm(LR, SIGMA);
        assertEquals(expected, NoiseFloor.constantStep(noisy, LR).orElseThrow(), 1e-12 * expected);
        assertEquals(1.34e-4, expected, 0.01e-4, "the value the noisy-gradients experiment quotes");
    }

    /**
     * x ← x − η(∇f(x) + ξ) from x*, 2000 steps to forget the start, then the mean of f − f* over
     * 400000 steps: its standard error is about 0.5% (integrated autocorrelation time ≈ 1/(ηλ) per
     * eigendirection), so 3% is more than five of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gaussian", "student"})
    void isTheLongRunAverageOfNoisyDescent(String kind) {
        Problem noisy = problem("noisy:problem=(quadratic:d=10,cond=100),kind=" + kind + ",sigma=" + SIGMA + ",df=6");
        Objective oracle = noisy.objective();
        Objective exact = StochasticObjective.exactOf(oracle);
        ((StochasticObjective) oracle).start(new SplittableRandom(7));
        double[] x = noisy.minimizer();
        double[] g = new double[D];
        double sum = 0;
        int burnIn = 2000;
        int steps = 400_000;
        for (int k = 0; k < burnIn + steps; k++) {
            oracle.valueAndGradient(x, g);
            for (int i = 0; i < D; i++) {
                x[i] -= LR * g[i];
            }
            if (k >= burnIn) {
                sum += exact.value(x) - noisy.optimalValue();
            }
        }
        double expected = NoiseFloor.constantStep(noisy, LR).orElseThrow();
        assertEquals(expected, sum / steps, 0.03 * expected);
    }

    @Test
    void thereIsNoFloorWithoutAdditiveNoiseOrStationarity() {
        assertTrue(NoiseFloor.constantStep(problem("quadratic:d=10,cond=100"), LR).isEmpty(), "no noise");
        assertTrue(NoiseFloor.constantStep(problem("noisy:problem=(quadratic:d=10,cond=100),sigma=0"), LR).isEmpty(),
                "sigma = 0");
        assertTrue(NoiseFloor.constantStep(problem("noisy:problem=(quadratic:d=10,cond=100),kind=multiplicative"), LR)
                .isEmpty(), "multiplicative noise vanishes at x*");
        assertTrue(NoiseFloor.constantStep(problem("noisy:problem=(quadratic:d=10,cond=100)"), 0.02).isEmpty(),
                "lr * lambda_max = 2: no stationary distribution");
        assertTrue(NoiseFloor.constantStep(problem("noisy:problem=(quadratic:d=10,cond=100)"), 0.0199).isPresent());
    }
}
