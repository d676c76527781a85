package steepest.problems.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.spec.SpecException;
import steepest.problems.Differences;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;
import steepest.problems.Tag;

/**
 * The MLP's backpropagation against finite differences for every activation, with and without
 * batch normalization, on the full objective and on batches; the batch-statistics contract; the
 * per-layer norms, held-out metrics, input gradients and the spec's validation.
 */
class MlpTest {

    /** Central differences with h = 1e-6 on smooth pieces are accurate to about 1e-9 here. */
    private static final double DIFFERENCE = 1e-6;
    private static final double STEP = 1e-6;
    private static final double REORDERED = 1e-12;

    private static Mlp network(String keys) {
        return assertInstanceOf(Mlp.class, BuiltinProblems.asCatalog().create(
                "mlp:dataset=spirals,n=40,layers=2-6-5-2," + keys).objective());
    }

    private static double[] point(Mlp f, long seed) {
        double[] theta = f.initialParameters();
        double[] jitter = Differences.gaussian(theta.length, 0.3, seed);
        for (int p = 0; p < theta.length; p++) {
            theta[p] += jitter[p];
        }
        return theta;
    }

    @ParameterizedTest(name = "{0}, batchnorm={1}")
    @CsvSource({"sigmoid, false", "tanh, false", "relu, false", "sigmoid, true", "tanh, true", "relu, true"})
    void backpropagationMatchesCentralDifferences(String activation, boolean batchNorm) {
        Mlp f = network("activation=" + activation + ",batchnorm=" + batchNorm + ",lambda=0.01,init=xavier");
        double[] theta = point(f, 1);
        double[] g = new double[f.dimension()];
        double value = f.valueAndGradient(theta, g);
        assertEquals(value, f.value(theta), 0.0);
        double[] fd = Differences.gradient(f::value, theta, STEP);
        assertEquals(0.0, Differences.relativeError(g, fd), DIFFERENCE);

        int[] batch = {3, 7, 3, 30, 12, 0, 7};
        double[] gb = new double[f.dimension()];
        f.valueAndGradient(theta, batch, batch.length, gb);
        double[] scratch = new double[f.dimension()];
        double[] fdBatch = Differences.gradient(x -> f.valueAndGradient(x, batch, batch.length, scratch), theta, STEP);
        assertEquals(0.0, Differences.relativeError(gb, fdBatch), DIFFERENCE, "batch gradient");
    }

    @ParameterizedTest(name = "batchnorm={0}")
    @CsvSource({"false", "true"})
    void theFullObjectiveIsTheBatchOfEverySample(boolean batchNorm) {
        Mlp f = network("batchnorm=" + batchNorm);
        double[] theta = point(f, 2);
        int[] everyone = new int[f.size()];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = everyone.length - 1 - i;
        }
        double[] full = new double[f.dimension()];
        double[] batch = new double[f.dimension()];
        double expected = f.valueAndGradient(theta, full);
        assertEquals(expected, f.valueAndGradient(theta, everyone, everyone.length, batch), REORDERED);
        assertEquals(0.0, Differences.relativeError(batch, full), REORDERED);
    }

    @Test
    void withoutBatchNormalizationABatchIsTheMeanOfItsSamples() {
        Mlp f = network("activation=tanh");
        double[] theta = point(f, 3);
        int[] batch = {5, 9, 5, 21};
        double[] expected = new double[f.dimension()];
        double[] single = new double[f.dimension()];
        double value = 0;
        for (int i : batch) {
            value += f.valueAndGradient(theta, new int[] {i}, 1, single) / batch.length;
            for (int p = 0; p < single.length; p++) {
                expected[p] += single[p] / batch.length;
            }
        }
        double[] actual = new double[f.dimension()];
        assertEquals(value, f.valueAndGradient(theta, batch, batch.length, actual), REORDERED);
        assertEquals(0.0, Differences.relativeError(actual, expected), REORDERED);
    }

    @ParameterizedTest(name = "batchnorm={0}")
    @CsvSource({"false", "true"})
    void inputGradientsMatchDifferencesWithStatisticsHeldFixed(boolean batchNorm) {
        Mlp f = network("activation=sigmoid,batchnorm=" + batchNorm);
        double[] theta = point(f, 4);
        double[] input = new double[2];
        double[] gradient = new double[2];
        double[] scratch = new double[2];
        for (int sample : new int[] {0, 17}) {
            f.sampleFeatures(sample, input);
            double target = f.sampleTarget(sample);
            f.inputGradient(theta, input, target, gradient);
            double[] fd = Differences.gradient(x -> f.inputGradient(theta, x, target, scratch), input, STEP);
            assertEquals(0.0, Differences.relativeError(gradient, fd), DIFFERENCE);
        }
    }

    @Test
    void layerNormsPartitionTheGradient() {
        Mlp f = network("batchnorm=true");
        assertEquals(List.of("layer1", "layer2", "layer3"), f.layerNames());
        assertEquals(2 * 6 + 2 * 6 + 6 * 5 + 2 * 5 + 5 * 2 + 2, f.dimension());
        double[] g = new double[f.dimension()];
        f.valueAndGradient(point(f, 5), g);
        double[] norms = new double[3];
        f.layerNorms(g, norms);
        double total = 0;
        for (double norm : norms) {
            assertTrue(norm > 0);
            total += norm * norm;
        }
        assertEquals(steepest.optimizers.linalg.Vectors.norm2(g), Math.sqrt(total), 1e-12);
    }

    @Test
    void theDefaultIsDigitsWithHeldOutMetricsAndASeededStart() {
        Problem a = BuiltinProblems.asCatalog().create("mlp");
        Problem b = BuiltinProblems.asCatalog().create("mlp");
        Mlp f = (Mlp) a.objective();
        assertEquals(64 * 32 + 32 + 32 * 10 + 10, f.dimension());
        assertEquals(Math.round(0.8 * 1797), f.size());
        assertArrayEquals(a.start(), b.start(), "seeded");
        assertTrue(Double.isNaN(a.optimalValue()));
        assertEquals(List.of("nonsmooth", "finite-sum"), Tag.tokens(a.tags()));
        assertEquals(List.of("test_loss", "test_accuracy"), f.testMetricNames());
        double[] metrics = new double[2];
        f.testMetrics(a.start(), metrics);
        assertTrue(metrics[0] > 0 && metrics[1] >= 0 && metrics[1] <= 1);
        assertTrue(BuiltinProblems.asCatalog().create("mlp:seed=1").start()[0] != a.start()[0]);
    }

    @Test
    void batchNormalizedTestMetricsUseTrainingStatistics() {
        Mlp f = network("batchnorm=true,test_fraction=0.25");
        double[] theta = point(f, 6);
        double[] first = new double[2];
        double[] second = new double[2];
        f.testMetrics(theta, first);
        f.valueAndGradient(theta, new int[] {1, 2}, 2, new double[f.dimension()]);
        f.testMetrics(theta, second);
        assertArrayEquals(first, second, "a batch call in between does not change inference");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mlp:dataset=spirals                   | problem 'mlp': layers=64-32-10 does not fit mlp on dataset=spirals with 2 features and 2 classes; write layers=2-...-2",
        "mlp:layers=64                         | problem 'mlp': layers needs at least an input and an output width, got [64]",
        "mlp:layers=64-0-10                    | problem 'mlp': every width in layers must be >= 1, got 0",
        "mlp:activation=gelu                   | problem 'mlp': activation='gelu' is not one of sigmoid, tanh, relu",
        "mlp:dataset=wine,layers=13-4-2        | problem 'mlp': layers=13-4-2 does not fit mlp on dataset=wine with 13 features and 3 classes; write layers=13-...-3",
    })
    void invalidSpecsFailNamingTheKey(String spec, String message) {
        assertEquals(message, assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec)).getMessage());
    }
}
