package steepest.optimizers.variance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.FiniteSum;
import steepest.optimizers.Oracle;
import steepest.optimizers.firstorder.MiniBatch;
import steepest.optimizers.firstorder.Sampling;

/**
 * E[g] = ∇f(x) for the SVRG and SAGA estimates, over many seeded draws: draw r builds the estimator
 * from seed r, estimates once at x̃ (which takes SVRG's snapshot there, and fills SAGA's table there,
 * its first step replacing entries by gradients at x̃ again) and then once at x, the draw. The draws are independent and bounded, so by the central limit theorem
 * their mean is within z standard errors of E[g] in every coordinate with probability at least
 * 1 − α, for z = Φ⁻¹(1 − α/(2d)) (Bonferroni over the d coordinates) and α = 10⁻⁶: a correct
 * estimator fails this test with probability about 10⁻⁶. The same check rejects SAG's estimate,
 * whose bias (1 − b/n)(T̄ − ∇f(x)) is known, so it has the power to see a biased one.
 */
class EstimatorUnbiasednessTest {

    private static final int SAMPLES = 100;
    private static final int DIMENSION = 5;
    private static final int DRAWS = 20_000;
    /** Family-wise probability that a correct estimator fails. */
    private static final double FALSE_ALARM = 1e-6;
    private static final double Z = new NormalDistribution().inverseCumulativeProbability(
            1 - FALSE_ALARM / (2 * DIMENSION));

    private static final LogisticSum PROBLEM = LogisticSum.synthetic(SAMPLES, DIMENSION, 0.1, 11);
    private static final double[] REFERENCE = {0.4, -0.3, 0.2, 0.6, -0.5};
    private static final double[] POINT = {-0.2, 0.5, 0.1, -0.4, 0.3};

    /** How an estimator is set up and where its state comes from. */
    enum Method {
        SVRG, SAGA, SAG;

        Sampling sampling(int batch, boolean replacement) {
            MiniBatch batches = new MiniBatch(batch, replacement);
            return switch (this) {
                case SVRG -> new Svrg(batches, OptionalInt.of(Integer.MAX_VALUE), Snapshot.LAST);
                case SAGA -> new AggregatedGradient(batches, AggregatedGradient.Variant.SAGA, TableStart.FULL);
                case SAG -> new AggregatedGradient(batches, AggregatedGradient.Variant.SAG, TableStart.FULL);
            };
        }
    }

    @ParameterizedTest(name = "{0}, batch={1}, replacement={2}, structure={3}")
    @CsvSource({
        "SVRG,1,true,true", "SVRG,1,true,false", "SVRG,4,false,true", "SVRG,4,true,false",
        "SAGA,1,true,true", "SAGA,1,true,false", "SAGA,4,false,true", "SAGA,4,true,true", "SAGA,4,true,false",
    })
    void meanOfDrawsIsTheFullGradient(Method method, int batch, boolean replacement, boolean structure) {
        double[] deviation = standardizedDeviation(method, batch, replacement, structure);
        for (int j = 0; j < DIMENSION; j++) {
            assertTrue(Math.abs(deviation[j]) <= Z, method + ": coordinate " + j + " is " + deviation[j]
                    + " standard errors from the full gradient (bound " + Z + ")");
        }
    }

    /** SAG's estimate is biased towards the table's mean: the same check must reject it. */
    @ParameterizedTest(name = "structure={0}")
    @CsvSource({"true", "false"})
    void theCheckRejectsSagsBiasedEstimate(boolean structure) {
        double[] deviation = standardizedDeviation(Method.SAG, 1, true, structure);
        boolean rejected = false;
        for (double v : deviation) {
            rejected |= Math.abs(v) > Z;
        }
        assertTrue(rejected, "SAG's bias went unnoticed");
    }

    /** (mean of the draws − ∇f(x)) / standard error, per coordinate. */
    private static double[] standardizedDeviation(Method method, int batch, boolean replacement, boolean structure) {
        FiniteSum f = structure ? PROBLEM : PROBLEM.plain();
        double[] full = new double[DIMENSION];
        PROBLEM.valueAndGradient(POINT, full);
        double[] sum = new double[DIMENSION];
        double[] squares = new double[DIMENSION];
        double[] g = new double[DIMENSION];
        Sampling sampling = method.sampling(batch, replacement);
        for (int draw = 0; draw < DRAWS; draw++) {
            Sampling.Estimator estimator = sampling.start(new Oracle(f), new SplittableRandom(draw));
            estimator.estimate(REFERENCE, g);
            estimator.estimate(POINT, g);
            for (int j = 0; j < DIMENSION; j++) {
                sum[j] += g[j];
                squares[j] += g[j] * g[j];
            }
        }
        double[] deviation = new double[DIMENSION];
        for (int j = 0; j < DIMENSION; j++) {
            double mean = sum[j] / DRAWS;
            double variance = (squares[j] - DRAWS * mean * mean) / (DRAWS - 1);
            assertFalse(variance <= 0, "the estimates should vary");
            deviation[j] = (mean - full[j]) / Math.sqrt(variance / DRAWS);
        }
        return deviation;
    }
}
