package steepest.problems.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The synthetic generators: determinism, the density and conditioning they promise, their storage. */
class SyntheticTest {

    @Test
    void theSameSpecGivesTheSameCachedDataAndAnotherSeedOtherData() {
        Synthetic.Spec spec = new Synthetic.Spec(50, 8, 10, 1, 0.1, 2, 7);
        Dataset a = Synthetic.linear(spec);
        assertSame(a, Synthetic.linear(new Synthetic.Spec(50, 8, 10, 1, 0.1, 2, 7)), "cached");
        Dataset b = Synthetic.linear(new Synthetic.Spec(50, 8, 10, 1, 0.1, 2, 8));
        assertNotSame(a, b);
        assertTrue(!java.util.Arrays.equals(((DenseMatrix) a.features()).toArray(),
                ((DenseMatrix) b.features()).toArray()));
    }

    @Test
    void columnVariancesSpanTheConditionNumberAndLabelsAreBinary() {
        int n = 20_000;
        Dataset data = Synthetic.linear(new Synthetic.Spec(n, 5, 100, 1, 0.0, 2, 1));
        double[] row = new double[5];
        double[] second = new double[5];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            data.features().copyRow(i, row, 0);
            for (int j = 0; j < 5; j++) {
                second[j] += row[j] * row[j] / n;
            }
            positives += data.targets()[i] == 1 ? 1 : 0;
        }
        assertEquals(1.0, second[0], 0.05);
        assertEquals(0.01, second[4], 0.0005);
        assertTrue(positives > 0.4 * n && positives < 0.6 * n, "balanced classes: " + positives);
    }

    @Test
    void sparseDataHaveTheRequestedDensityAndLowDensityIsStoredSparse() {
        Dataset data = Synthetic.linear(new Synthetic.Spec(1000, 100_000, 1, 1e-3, 0.1, 2, 2));
        SparseMatrix x = assertInstanceOf(SparseMatrix.class, data.features());
        assertEquals(1e5, x.storedEntries(), 1500, "about n·d·density non-zeros");
    }

    @Test
    void denseAndSparseStorageOfTheSameSpecHoldTheSameNumbers() {
        Dataset sparse = Synthetic.linear(new Synthetic.Spec(200, 30, 10, 0.2, 0.5, 0, 3));
        DenseMatrix dense = (DenseMatrix) Storage.DENSE.apply(sparse.features());
        assertArrayEquals(dense.toArray(), ((SparseMatrix) sparse.features()).toDense().toArray());
        assertInstanceOf(DenseMatrix.class, Synthetic.linear(new Synthetic.Spec(200, 30, 10, 0.3, 0.5, 0, 3))
                .features());
    }

    @Test
    void spiralsHaveTwoBalancedClassesInTheUnitDisc() {
        Dataset spirals = Synthetic.spirals(101, 0.0, 4);
        assertEquals(2, spirals.features().cols());
        double[] point = new double[2];
        int ones = 0;
        for (int i = 0; i < spirals.size(); i++) {
            spirals.features().copyRow(i, point, 0);
            assertTrue(Math.hypot(point[0], point[1]) <= 1.0);
            ones += (int) spirals.targets()[i];
        }
        assertEquals(50, ones);
    }
}
