package steepest.problems.analytic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import steepest.optimizers.spec.SpecException;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * Properties of the analytic functions that the catalog-wide test does not see: known values from the
 * literature, the rotated basis being orthogonal and not axis-aligned, every listed minimum being one,
 * and spec validation.
 */
class AnalyticFunctionsTest {

    private static double value(String spec, double... x) {
        return BuiltinProblems.asCatalog().create(spec).objective().value(x);
    }

    @Test
    void publishedValues() {
        assertEquals(3.0, value("goldstein-price", 0, -1), 1e-12);
        assertEquals(30.0, value("goldstein-price", -0.6, -0.4), 1e-12);
        assertEquals(84.0, value("goldstein-price", 1.8, 0.2), 1e-12);
        assertEquals(840.0, value("goldstein-price", 1.2, 0.8), 1e-12);
        assertEquals(-1.031628453489877, value("six-hump-camel", -0.08984201310031806, 0.7126564030207396), 1e-15);
        for (double[] m : new double[][] {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}}) {
            assertEquals(0.0, value("himmelblau", m), 1e-9, "Himmelblau minimum at " + m[0] + ", " + m[1]);
        }
        assertEquals(14.203125, value("beale", 1, 1), 0.0);
        assertEquals(0.0, value("booth", 1, 3), 0.0);
        assertEquals(9.0 * 8, value("rastrigin:d=8", 3, 3, 3, 3, 3, 3, 3, 3), 1e-12);   // 10 + 9 − 10cos 6π each
        assertEquals(0.0, value("ackley:d=3", 0, 0, 0), 1e-15);
        assertEquals(-39.16616570377142 * 2, value("styblinski-tang:d=2", -2.903534027771177, -2.903534027771177),
                1e-12);
        assertEquals(1 - Math.exp(-4.5), value("plateau:d=4,sigma=1", 1.5, 1.5, 1.5, 1.5), 1e-15);
    }

    @Test
    void rotatedBasisIsOrthogonalAndMixesEveryCoordinate() {
        int d = 1024;
        RotatedQuadratic f = new RotatedQuadratic(d, 100, 11);
        SplittableRandom random = new SplittableRandom(5);
        double[] x = random.doubles(d, -1, 1).toArray();
        double[] y = x.clone();
        f.rotateInPlace(y);
        assertEquals(norm(x), norm(y), 1e-12 * norm(x), "|Qx| = |x|");
        f.transposeInPlace(y);
        assertArrayEquals(x, y, 1e-13, "Q'Qx = x");
        // column 0 of Q: no entry dominates (d a power of two: every coordinate is mixed)
        double[] column = new double[d];
        column[0] = 1;
        f.rotateInPlace(column);
        long nonZero = java.util.Arrays.stream(column).filter(v -> Math.abs(v) > 1e-300).count();
        assertEquals(d, nonZero);
        double largest = java.util.Arrays.stream(column).map(Math::abs).max().orElseThrow();
        assertTrue(largest < 0.5, "largest entry of a column " + largest);
    }

    @Test
    void rotatedQuadraticKeepsTheSpectrum() {
        // the diagonal of A = QΛQ' sums to the trace Σλ; A's eigenvalues are those of the diagonal quadratic
        int d = 64;
        RotatedQuadratic rotated = new RotatedQuadratic(d, 1e3, 2);
        double[] eigenvalues = new DiagonalQuadratic(d, 1e3).eigenvalues();
        double trace = 0;
        double expected = 0;
        double[] unit = new double[d];
        double[] column = new double[d];
        for (int j = 0; j < d; j++) {
            unit[j] = 1;
            rotated.hessianVector(new double[d], unit, column);
            unit[j] = 0;
            trace += column[j];
            expected += eigenvalues[j];
        }
        assertEquals(expected, trace, 1e-10 * expected);
        Problem seeded = BuiltinProblems.asCatalog().create("quadratic-rotated:d=64,cond=1e3,seed=2");
        Problem other = BuiltinProblems.asCatalog().create("quadratic-rotated:d=64,cond=1e3,seed=3");
        assertEquals(seeded.optimalValue(), BuiltinProblems.asCatalog().create("quadratic-rotated:d=64,cond=1e3,seed=2")
                .optimalValue(), 0.0, "same seed, same problem");
        assertTrue(!java.util.Arrays.equals(seeded.minimizer(), other.minimizer()), "another seed, another basis");
    }

    @Test
    void saddleHasNoMinimumAndGradientDescentLeavesIt() {
        Problem saddle = BuiltinProblems.asCatalog().create("saddle");
        assertTrue(!saddle.hasOptimalValue() && saddle.minimizer() == null);
        double[] x = saddle.start();
        double[] g = new double[2];
        for (int k = 0; k < 100; k++) {
            saddle.objective().valueAndGradient(x, g);
            x[0] -= 0.1 * g[0];
            x[1] -= 0.1 * g[1];
        }
        assertEquals(Math.pow(0.8, 100), x[0], 1e-20);
        assertEquals(1e-3 * Math.pow(1.2, 100), x[1], 1e-6);
    }

    @Test
    void plateauIsFlatAtTheStart() {
        Problem plateau = BuiltinProblems.asCatalog().create("plateau:d=1000,sigma=1");
        double[] g = new double[1000];
        double f = plateau.objective().valueAndGradient(plateau.start(), g);
        assertEquals(1 - Math.exp(-4.5), f, 1e-15);
        assertEquals(3 * Math.exp(-4.5), norm(g), 1e-14);
    }

    @Test
    void invalidParametersAreRejectedNamingTheKey() {
        assertMessage("sphere:d=0", "d must be >= 1");
        assertMessage("quadratic-rotated:cond=0.5", "cond must be in");
        assertMessage("quadratic-rotated:seed=1.5", "seed='1.5' is not an integer");
        assertMessage("plateau:sigma=0", "sigma must be > 0");
        assertMessage("rosenbrock:d=1", "d must be >= 2");
    }

    private static void assertMessage(String spec, String expected) {
        SpecException e = assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static double norm(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
