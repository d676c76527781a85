package steepest.problems.noisy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Objective;
import steepest.optimizers.StochasticObjective;
import steepest.optimizers.spec.SpecException;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * The noise of {@code noisy:}: over many draws at a fixed x, the perturbation of every gradient entry
 * has mean 0 and variance σ² (σ² g² for multiplicative noise), checked within five standard errors
 * of the sample mean and variance (the latter's from the kind's fourth moment: 3σ⁴ Gaussian,
 * 3σ⁴ (ν−2)/(ν−4) Student); the value is exact unless asked; the same stream gives the same bits;
 * bad input is one line naming the key.
 */
class NoisyObjectiveTest {

    private static final int DRAWS = 40_000;
    private static final double SIGMA = 0.3;
    private static final double[] X = {-1.2, 1.0, 0.5};

    private static Objective started(String spec, long seed) {
        Objective objective = BuiltinProblems.asCatalog().create(spec).objective();
        ((StochasticObjective) objective).start(new SplittableRandom(seed));
        return objective;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaussian", "student", "multiplicative"})
    void gradientNoiseHasMeanZeroAndVarianceSigmaSquared(String kind) {
        String spec = "noisy:problem=(rosenbrock:d=3),kind=" + kind + ",sigma=" + SIGMA + ",df=10";
        Objective noisy = started(spec, 42);
        Objective exact = StochasticObjective.exactOf(noisy);
        double[] g = new double[3];
        double f = exact.valueAndGradient(X, g);
        double[] sum = new double[3];
        double[] squares = new double[3];
        double[] draw = new double[3];
        for (int k = 0; k < DRAWS; k++) {
            assertEquals(f, noisy.valueAndGradient(X, draw), 0, "the value is exact unless value=true");
            for (int i = 0; i < 3; i++) {
                double e = kind.equals("multiplicative") ? (draw[i] - g[i]) / g[i] : draw[i] - g[i];
                sum[i] += e;
                squares[i] += e * e;
            }
        }
        double variance = SIGMA * SIGMA;
        double fourth = kind.equals("student") ? 3 * variance * variance * (10 - 2) / (10 - 4) : 3 * variance * variance;
        for (int i = 0; i < 3; i++) {
            double mean = sum[i] / DRAWS;
            double sampleVariance = squares[i] / DRAWS - mean * mean;
            assertEquals(0, mean, 5 * Math.sqrt(variance / DRAWS), kind + ": mean of the noise, entry " + i);
            assertEquals(variance, sampleVariance, 5 * Math.sqrt((fourth - variance * variance) / DRAWS),
                    kind + ": variance of the noise, entry " + i);
        }
    }

    @Test
    void valueNoiseWhenAskedHasMeanZeroAndVarianceSigmaSquared() {
        Objective noisy = started("noisy:problem=(quadratic:d=4),sigma=" + SIGMA + ",value=true", 3);
        double[] y = {0.5, -0.5, 1, 2};
        double f = StochasticObjective.exactOf(noisy).value(y);
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < DRAWS; k++) {
            double e = noisy.value(y) - f;
            sum += e;
            squares += e * e;
        }
        double mean = sum / DRAWS;
        assertEquals(0, mean, 5 * SIGMA / Math.sqrt(DRAWS));
        assertEquals(SIGMA * SIGMA, squares / DRAWS - mean * mean, 5 * Math.sqrt(2.0 / DRAWS) * SIGMA * SIGMA);
    }

    @Test
    void sameStreamSameBitsAndNoDrawsBeforeAStart() {
        String spec = "noisy:problem=(rosenbrock:d=3),kind=student,sigma=1";
        double[] a = new double[3];
        double[] b = new double[3];
        started(spec, 9).valueAndGradient(X, a);
        started(spec, 9).valueAndGradient(X, b);
        assertArrayEquals(a, b, 0);
        started(spec, 10).valueAndGradient(X, b);
        assertFalse(java.util.Arrays.equals(a, b));
        Objective fresh = BuiltinProblems.asCatalog().create(spec).objective();
        assertThrows(IllegalStateException.class, () -> fresh.valueAndGradient(X, a));
        assertEquals(StochasticObjective.exactOf(fresh).value(X), fresh.value(X), 0,
                "without value noise, value() needs no stream");
    }

    @Test
    void theWrappedProblemsStartOptimumAndTagsCarryOver() {
        Problem inner = BuiltinProblems.asCatalog().create("rosenbrock:d=2");
        Problem noisy = BuiltinProblems.asCatalog().create("noisy:problem=(rosenbrock:d=2),sigma=0");
        assertArrayEquals(inner.start(), noisy.start());
        assertEquals(inner.optimalValue(), noisy.optimalValue());
        assertArrayEquals(inner.minimizer(), noisy.minimizer());
        assertEquals(inner.tags(), noisy.tags());
    }

    @Test
    void badInputIsOneLineNamingTheKey() {
        assertBad("noisy:problem=(rosenbrock:d=2),sigma=-0.1", "sigma=-0.1");
        assertBad("noisy:problem=(rosenbrock:d=2),kind=uniform", "kind='uniform'");
        assertBad("noisy:problem=(rosenbrock:d=2),kind=student,df=2", "df=2");
        assertBad("noisy:problem=(bbob:f=30)", "f=30");
    }

    private static void assertBad(String spec, String named) {
        SpecException e = assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec), spec);
        assertTrue(e.getMessage().startsWith("problem 'noisy': "), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
