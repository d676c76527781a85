package steepest.optimizers.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reductions against exact sums, and the fused kernels against their unfused definitions. */
class VectorsTest {

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {0, 1, 7, 8, 9, 15, 16, 1001})
    void dotIsWithinTheStandardRoundingBoundOfTheExactSum(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[] a = random.doubles(n, -1, 1).toArray();
        double[] b = random.doubles(n, -1, 1).toArray();
        BigDecimal exact = BigDecimal.ZERO;
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            exact = exact.add(new BigDecimal(a[i]).multiply(new BigDecimal(b[i])));
            magnitude += Math.abs(a[i] * b[i]);
        }
        // |fl(sum) − sum| <= γ_n Σ|aᵢbᵢ|, γ_n = nu/(1 − nu), u = 2⁻⁵³ (Higham, Accuracy and Stability, §3.1)
        double u = Math.ulp(1.0) / 2;
        double bound = n * u / (1 - n * u) * magnitude;
        double error = Math.abs(new BigDecimal(Vectors.dot(a, b)).subtract(exact).round(MathContext.DECIMAL64).doubleValue());
        assertTrue(error <= bound, "error " + error + " > bound " + bound);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 8, 13, 1001})
    void addScaledDotEqualsAddScaledThenDotBitForBit(int n) {
        SplittableRandom random = new SplittableRandom(31 + n);
        double[] x = random.doubles(n, -1, 1).toArray();
        double[] d = random.doubles(n, -1, 1).toArray();
        double[] z = random.doubles(n, -1, 1).toArray();
        double[] expected = new double[n];
        Vectors.addScaled(x, -0.3, d, expected);
        double[] inPlace = x.clone();
        double product = Vectors.addScaledDot(inPlace, -0.3, d, inPlace, z);
        assertArrayEquals(expected, inPlace);
        assertEquals(Vectors.dot(z, expected), product);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 9})
    void combineWritesALinearCombinationAndMayOverwriteAnInput(int n) {
        SplittableRandom random = new SplittableRandom(7 + n);
        double[] x = random.doubles(n, -1, 1).toArray();
        double[] y = random.doubles(n, -1, 1).toArray();
        double[] out = x.clone();
        Vectors.combine(2, out, -3, y, out);
        for (int i = 0; i < n; i++) {
            assertEquals(2 * x[i] - 3 * y[i], out[i]);
        }
    }
}
