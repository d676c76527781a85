package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.Driver;
import steepest.optimizers.Evaluations;
import steepest.optimizers.Oracle;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;

/** Gradient estimators: unbiasedness, epoch coverage, counting and reproducibility from the seed. */
class SamplingTest {

    static final int SAMPLES = 50;
    static final int DIMENSION = 4;
    /** Draws for the unbiasedness check; the bound is 5 standard errors of their mean. */
    static final int DRAWS = 4000;
    static final double STANDARD_ERRORS = 5;

    static TestProblems.LeastSquares problem() {
        return new TestProblems.LeastSquares(SAMPLES, DIMENSION, 0.1, 42);
    }

    /**
     * The mean of many mini-batch gradients at a fixed x approaches ∇f(x): per coordinate within
     * 5 standard errors (sample standard deviation / √draws). Without replacement, batches in an
     * epoch are negatively correlated, so the independent-draw standard error over-covers.
     */
    @ParameterizedTest(name = "batch={0}, replacement={1}")
    @CsvSource({"1,true", "1,false", "5,true", "5,false", "7,false", "7,true"})
    void miniBatchGradientIsUnbiased(int batch, boolean replacement) {
        TestProblems.LeastSquares f = problem();
        double[] x = {0.3, -0.2, 0.5, 1.0};
        double[] full = new double[DIMENSION];
        f.valueAndGradient(x, full);
        Sampling.Estimator estimator = new MiniBatch(batch, replacement).start(new Oracle(f), new SplittableRandom(3));
        double[] sum = new double[DIMENSION];
        double[] sumSquares = new double[DIMENSION];
        double[] g = new double[DIMENSION];
        for (int draw = 0; draw < DRAWS; draw++) {
            estimator.estimate(x, g);
            for (int i = 0; i < DIMENSION; i++) {
                sum[i] += g[i];
                sumSquares[i] += g[i] * g[i];
            }
        }
        for (int i = 0; i < DIMENSION; i++) {
            double mean = sum[i] / DRAWS;
            double variance = (sumSquares[i] - DRAWS * mean * mean) / (DRAWS - 1);
            double standardError = Math.sqrt(variance / DRAWS);
            assertTrue(standardError > 0, "the estimates should vary");
            assertTrue(Math.abs(mean - full[i]) <= STANDARD_ERRORS * standardError,
                    "coordinate " + i + ": mean " + mean + " vs full " + full[i] + ", standard error " + standardError);
        }
    }

    /** Without replacement, each epoch of ⌈n/b⌉ steps uses every sample exactly once. */
    @Test
    void withoutReplacementUsesEverySampleOncePerEpoch() {
        TestProblems.LeastSquares f = problem();
        Oracle oracle = new Oracle(f);
        Sampling.Estimator estimator = new MiniBatch(7, false).start(oracle, new SplittableRandom(5));
        double[] g = new double[DIMENSION];
        int stepsPerEpoch = (SAMPLES + 6) / 7;
        for (int epoch = 1; epoch <= 5; epoch++) {
            for (int step = 0; step < stepsPerEpoch; step++) {
                estimator.estimate(new double[DIMENSION], g);
            }
            for (long uses : f.uses) {
                assertEquals(epoch, uses);
            }
            assertEquals(epoch, oracle.epochs(), 0.0);
        }
        Evaluations e = oracle.evaluations();
        assertEquals(5 * SAMPLES, e.sampleGradients());
        assertEquals(5.0, e.gradients(), 1e-12, "8 batches of 7/50 and one of 1/50 per epoch make one gradient");
    }

    /**
     * With replacement, n single draws cover n(1 − (1 − 1/n)^n) distinct samples on average
     * (31.79 of 50), not all of them: checked over 2000 windows of n draws, to 5 standard errors.
     */
    @Test
    void withReplacementCoversAboutSixtyThreePercentPerEpoch() {
        TestProblems.LeastSquares f = problem();
        Sampling.Estimator estimator = new MiniBatch(1, true).start(new Oracle(f), new SplittableRandom(9));
        double[] g = new double[DIMENSION];
        int windows = 2000;
        double sum = 0;
        double sumSquares = 0;
        for (int w = 0; w < windows; w++) {
            Arrays.fill(f.uses, 0);
            for (int draw = 0; draw < SAMPLES; draw++) {
                estimator.estimate(new double[DIMENSION], g);
            }
            long distinct = Arrays.stream(f.uses).filter(u -> u > 0).count();
            sum += distinct;
            sumSquares += (double) distinct * distinct;
        }
        double mean = sum / windows;
        double standardError = Math.sqrt((sumSquares - windows * mean * mean) / (windows - 1) / windows);
        double expected = SAMPLES * (1 - Math.pow(1 - 1.0 / SAMPLES, SAMPLES));
        assertEquals(expected, mean, STANDARD_ERRORS * standardError);
    }

    @Test
    void sameSeedGivesBitIdenticalTrajectoryAndAnotherSeedAnotherOne() {
        Optimizer method = BuiltinOptimizers.asCatalog().create("adam:lr=0.05,batch=4");
        List<double[]> first = trajectory(method, 7);
        List<double[]> again = trajectory(method, 7);
        List<double[]> other = trajectory(method, 8);
        for (int k = 0; k < first.size(); k++) {
            assertArrayEquals(first.get(k), again.get(k), "x_" + k);
        }
        assertFalse(Arrays.equals(first.get(first.size() - 1), other.get(other.size() - 1)));
    }

    @Test
    void batchLargerThanTheDataFailsNamingTheKey() {
        Oracle oracle = new Oracle(problem());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MiniBatch(SAMPLES + 1, false).start(oracle, new SplittableRandom(0)));
        assertTrue(e.getMessage().startsWith("batch=51 exceeds the 50 samples"), e.getMessage());
        new MiniBatch(SAMPLES + 1, true).start(oracle, new SplittableRandom(0));
    }

    @Test
    void miniBatchNeedsAFiniteSum() {
        Optimizer method = BuiltinOptimizers.asCatalog().create("sgd:batch=2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Driver.run(method,
                new TestProblems.Quadratic(3, 10), new double[3], new SplittableRandom(0), StoppingRules.iterations(1),
                RecordSchedule.everyIteration(), (r, x) -> { }));
        assertTrue(e.getMessage().contains("finite-sum"), e.getMessage());
    }

    private static List<double[]> trajectory(Optimizer method, long seed) {
        List<double[]> iterates = new ArrayList<>();
        Driver.run(method, problem(), new double[DIMENSION], new SplittableRandom(seed), StoppingRules.iterations(60),
                RecordSchedule.everyIteration(), (record, x) -> iterates.add(x.clone()));
        return iterates;
    }
}
