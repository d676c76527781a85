package steepest.problems.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.SpecException;
import steepest.optimizers.linalg.Vectors;
import steepest.problems.Differences;
import steepest.problems.HeldOutMetrics;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;
import steepest.problems.Tag;

/** The ML entries as users reach them: defaults, tags, optima, held-out metrics and key validation. */
class MlCatalogTest {

    /** Optima are certified to ‖∇f(x*)‖ ≤ 1e-9. */
    private static final double STATIONARY = 1e-9;

    static List<CatalogEntry<Problem>> entries() {
        return MlCatalog.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theDefaultInstanceHasTheEntrysTagsAStartAndACertifiedOptimum(CatalogEntry<Problem> entry) {
        Problem problem = BuiltinProblems.asCatalog().create(entry.name());
        assertEquals(entry.tags(), Tag.tokens(problem.tags()));
        assertEquals(problem.dimension(), problem.start().length);
        assertTrue(problem.hasOptimalValue(), entry.name());
        double[] g = new double[problem.dimension()];
        double value = problem.objective().valueAndGradient(problem.minimizer(), g);
        assertEquals(problem.optimalValue(), value, 0.0, "f(x*) = f*");
        if (problem.tags().contains(Tag.SMOOTH) || entry.name().equals("lasso")) {
            assertTrue(Vectors.norm2(g) <= STATIONARY, entry.name() + ": |grad f(x*)| = " + Vectors.norm2(g));
        }
        assertTrue(problem.objective().value(problem.start()) > problem.optimalValue());
    }

    @Test
    void syntheticInstancesScaleAndSparseOnesStaySparse() {
        Problem problem = BuiltinProblems.asCatalog().create("logreg:dataset=synthetic,n=2000,d=100000,density=0.0005");
        assertTrue(problem.tags().contains(Tag.SCALABLE));
        LogisticRegression f = (LogisticRegression) problem.objective();
        assertEquals(100_001, f.dimension());
        assertTrue(f.data().train().storedEntries() < 2000 * 100L, "stored " + f.data().train().storedEntries());
        assertFalse(problem.hasOptimalValue(), "too large to certify f*");
    }

    @Test
    void heldOutMetricsOfAClassifierAndARegression() {
        Problem logreg = BuiltinProblems.asCatalog().create("logreg:dataset=breast_cancer,test_fraction=0.2,seed=3");
        HeldOutMetrics metrics = (HeldOutMetrics) logreg.objective();
        assertEquals(List.of("test_loss", "test_accuracy"), metrics.testMetricNames());
        double[] out = new double[2];
        metrics.testMetrics(logreg.minimizer(), out);
        assertTrue(out[1] > 0.9 && out[1] <= 1, "accuracy " + out[1]);
        assertTrue(out[0] > 0 && out[0] < Math.log(2), "test loss " + out[0]);
        metrics.testMetrics(logreg.start(), out);
        assertEquals(Math.log(2), out[0], 1e-15, "loss at w = 0");

        Problem ridge = BuiltinProblems.asCatalog().create("least-squares:dataset=diabetes,test_fraction=0.3");
        HeldOutMetrics regression = (HeldOutMetrics) ridge.objective();
        assertEquals(List.of("test_loss", "test_rmse"), regression.testMetricNames());
        regression.testMetrics(ridge.minimizer(), out);
        assertEquals(Math.sqrt(2 * out[0]), out[1], 1e-12, "rmse = sqrt(2 x mean half squared error)");
        assertTrue(out[1] < 1, "better than predicting the mean of a standardized target: " + out[1]);

        assertEquals(List.of(), ((HeldOutMetrics) BuiltinProblems.asCatalog().create("logreg").objective()).testMetricNames());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "logreg:dataset=iris                    | problem 'logreg': logreg needs a binary target; dataset=iris has 3 distinct target values (use softmax or mlp)",
        "logreg:dataset=mnist                   | problem 'logreg': dataset='mnist' is not one of breast_cancer, digits, iris, wine, diabetes, synthetic",
        "logreg:dataset=iris,file=a.txt         | problem 'logreg': give dataset or file, not both",
        "logreg:n=10                            | problem 'logreg': n applies only to dataset=synthetic",
        "logreg:format=csv                      | problem 'logreg': format applies only to file=",
        "logreg:lambda=-1                       | problem 'logreg': lambda must be >= 0, got -1.0",
        "logreg:test_fraction=1                 | problem 'logreg': test_fraction must be in [0.0, 1.0), got 1.0",
        "huber:delta=0                          | problem 'huber': delta must be > 0, got 0.0",
        "softmax:dataset=synthetic,classes=1    | problem 'softmax': classes must be >= 2, got 1",
        "logreg:dataset=synthetic,density=0     | problem 'logreg': density must be in (0, 1], got 0.0",
        "logreg:file=/no/such/file.txt          | problem 'logreg': data file /no/such/file.txt does not exist",
        "svm-hinge:dataset=diabetes             | problem 'svm-hinge': svm-hinge needs a binary target; dataset=diabetes has 214 distinct target values (use softmax or mlp)",
    })
    void invalidSpecsFailNamingTheKey(String spec, String message) {
        SpecException e = assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "logreg",
        "logreg:dataset=synthetic,n=300,d=40,density=0.1,seed=4",
        "softmax:dataset=synthetic,classes=4,n=200",
        "lasso:test_fraction=0.3,lambda=0.1",
        "mlp:dataset=spirals,n=50,layers=2-4-2,batchnorm=true",
    })
    void aCanonicalSpecReadsBackAsTheSameProblem(String spec) {
        String canonical = BuiltinProblems.asCatalog().canonical(spec);
        Problem original = BuiltinProblems.asCatalog().create(spec);
        Problem replayed = BuiltinProblems.asCatalog().create(canonical);
        double[] x = Differences.gaussian(original.dimension(), 0.2, 5);
        assertEquals(original.objective().value(x), replayed.objective().value(x), 0.0, canonical);
        assertArrayEquals(original.start(), replayed.start(), canonical);
    }

    @Test
    void aCanonicalFileSpecReadsBackAsTheSameProblem(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("tiny.txt");
        Files.writeString(file, "+1 1:0.5 2:1\n-1 1:-1 3:2\n+1 2:0.25 3:-1\n-1 1:2\n");
        String canonical = BuiltinProblems.asCatalog().canonical("svm-squared-hinge:file=" + file);
        double[] x = {0.1, -0.2, 0.3, 0.05};
        assertEquals(BuiltinProblems.asCatalog().create("svm-squared-hinge:file=" + file).objective().value(x),
                BuiltinProblems.asCatalog().create(canonical).objective().value(x), 0.0, canonical);
    }

    @Test
    void theSameSpecGivesTheSameProblemAndDifferentSeedsDifferentSplits() {
        String spec = "softmax:dataset=wine,test_fraction=0.3,seed=";
        SoftmaxRegression a = (SoftmaxRegression) BuiltinProblems.asCatalog().create(spec + 1).objective();
        SoftmaxRegression b = (SoftmaxRegression) BuiltinProblems.asCatalog().create(spec + 1).objective();
        SoftmaxRegression c = (SoftmaxRegression) BuiltinProblems.asCatalog().create(spec + 2).objective();
        double[] w = Differences.gaussian(a.dimension(), 0.1, 9);
        assertEquals(a.value(w), b.value(w), 0.0);
        assertTrue(a.value(w) != c.value(w));
        assertEquals(125, a.size(), "178 rows, 53 held out");
    }
}
