package steepest.problems.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bundled data sets, the seeded split and standardization. */
class PreprocessingTest {

    @ParameterizedTest
    @CsvSource({"breast_cancer, 569, 30, 2", "digits, 1797, 64, 10", "iris, 150, 4, 3", "wine, 178, 13, 3",
        "diabetes, 442, 10, 214"})
    void bundledDataSetsHaveTheirDocumentedShapes(String name, int rows, int cols, int distinctTargets) {
        Dataset data = Datasets.bundled(name);
        assertEquals(rows, data.size());
        assertEquals(cols, data.features().cols());
        assertEquals(distinctTargets, Arrays.stream(data.targets()).distinct().count());
    }

    @Test
    void theSplitIsSeededDisjointAndKeepsRowOrder() {
        Dataset iris = Datasets.bundled("iris");
        Split a = Split.of(iris, 0.2, 5);
        Split b = Split.of(iris, 0.2, 5);
        assertEquals(30, a.test().size());
        assertEquals(120, a.train().size());
        assertArrayEquals(a.test().targets(), b.test().targets());
        assertArrayEquals(((DenseMatrix) a.test().features()).toArray(), ((DenseMatrix) b.test().features()).toArray());
        double[] labels = a.train().targets();
        double[] sorted = labels.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, labels, "iris is sorted by class; the split keeps that order");
        assertThrows(IllegalArgumentException.class, () -> Split.of(iris, 0.001, 5));
    }

    @Test
    void standardizedColumnsHaveMeanZeroAndPopulationStdOneExceptConstantOnes() {
        DenseMatrix digits = (DenseMatrix) Datasets.bundled("digits").features();
        Standardization standardization = Standardization.fit(digits);
        DenseMatrix x = standardization.apply(digits);
        int n = x.rows();
        for (int j = 0; j < x.cols(); j++) {
            double mean = 0;
            double square = 0;
            for (int i = 0; i < n; i++) {
                mean += x.get(i, j) / n;
                square += x.get(i, j) * x.get(i, j) / n;
            }
            assertEquals(0.0, mean, 1e-12, "column " + j);
            double expected = standardization.scale()[j] == 1.0 && square == 0 ? 0.0 : 1.0;
            assertEquals(expected, square, 1e-12, "column " + j + " (constant columns become 0)");
        }
        assertEquals(0.0, x.get(0, 0), 0.0, "digits' first pixel is always 0");
    }
}
