package steepest.optimizers.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class ConjugateGradientTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void solvesSymmetricPositiveDefiniteSystemLikeLuDecomposition() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 30;
        double[][] b = gaussian(n, n, random);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += b[k][i] * b[k][j];
                }
            }
            a[i][i] += 0.5;
        }
        double[] rhs = gaussian(1, n, random)[0];
        double[] x = new double[n];
        ConjugateGradient cg = new ConjugateGradient(n);
        ConjugateGradient.Outcome outcome = cg.solve(times(a), rhs, x, 1e-12, 10 * n);
        RealMatrix matrix = new Array2DRowRealMatrix(a);
        double[] expected = new LUDecomposition(matrix).getSolver().solve(new ArrayRealVector(rhs)).toArray();
        assertEquals(ConjugateGradient.Outcome.CONVERGED, outcome);
        assertArrayEquals(expected, x, TOLERANCE * (1 + new ArrayRealVector(expected).getLInfNorm()));
    }

    @Test
    void exactAfterAsManyIterationsAsDistinctEigenvalues() {
        double[][] a = {{2, 0, 0, 0}, {0, 2, 0, 0}, {0, 0, 5, 0}, {0, 0, 0, 5}};
        double[] x = new double[4];
        ConjugateGradient cg = new ConjugateGradient(4);
        assertEquals(ConjugateGradient.Outcome.CONVERGED, cg.solve(times(a), new double[] {1, 2, 3, 4}, x, 1e-13, 10));
        assertEquals(2, cg.iterations(), "two distinct eigenvalues: CG terminates after two products");
        assertArrayEquals(new double[] {0.5, 1, 0.6, 0.8}, x, 1e-14);
    }

    @Test
    void stopsAtNegativeCurvatureWithTheLastIterate() {
        double[][] indefinite = {{1, 0}, {0, -1}};
        double[] x = new double[2];
        ConjugateGradient cg = new ConjugateGradient(2);
        ConjugateGradient.Outcome outcome = cg.solve(times(indefinite), new double[] {1, 1}, x, 1e-12, 10);
        assertEquals(ConjugateGradient.Outcome.NEGATIVE_CURVATURE, outcome);
        assertEquals(1, cg.iterations(), "pᵀAp = 1 − 1 = 0 at the first direction");
        assertArrayEquals(new double[] {0, 0}, x, "x is still the start");
    }

    @Test
    void respectsTheIterationCap() {
        double[][] a = {{1, 0, 0}, {0, 10, 0}, {0, 0, 100}};
        double[] x = new double[3];
        ConjugateGradient cg = new ConjugateGradient(3);
        assertEquals(ConjugateGradient.Outcome.MAX_ITERATIONS, cg.solve(times(a), new double[] {1, 1, 1}, x, 0, 2));
        assertEquals(2, cg.iterations());
        assertTrue(x[0] != 0);
    }

    private static LinearOperator times(double[][] a) {
        return (v, out) -> {
            for (int i = 0; i < a.length; i++) {
                double sum = 0;
                for (int j = 0; j < v.length; j++) {
                    sum += a[i][j] * v[j];
                }
                out[i] = sum;
            }
        };
    }

    static double[][] gaussian(int rows, int columns, SplittableRandom random) {
        double[][] a = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[i][j] = random.nextGaussian();
            }
        }
        return a;
    }
}
