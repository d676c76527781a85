package steepest.optimizers.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class ModifiedCholeskyTest {

    private static final double TOLERANCE = 1e-10;

    @Test
    void positiveDefiniteMatrixIsFactoredWithoutShiftLikeCommonsMath() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 12;
        double[][] g = ConjugateGradientTest.gaussian(n, n, random);
        RealMatrix a = new Array2DRowRealMatrix(g).transpose().multiply(new Array2DRowRealMatrix(g))
                .add(MatrixUtils.createRealIdentityMatrix(n));
        double[] b = ConjugateGradientTest.gaussian(1, n, random)[0];
        ModifiedCholesky cholesky = new ModifiedCholesky(n);
        assertTrue(cholesky.factor(a.getData()));
        assertEquals(0.0, cholesky.shift());
        double[] x = new double[n];
        cholesky.solve(b, x);
        double[] expected = new CholeskyDecomposition(a).getSolver().solve(new ArrayRealVector(b)).toArray();
        assertArrayEquals(expected, x, TOLERANCE);
    }

    @Test
    void indefiniteMatrixIsShiftedJustEnoughToBePositiveDefinite() {
        double[][] a = {{2, 1, 0}, {1, -3, 0.5}, {0, 0.5, 1}};
        double lowest = Arrays.stream(new EigenDecomposition(new Array2DRowRealMatrix(a)).getRealEigenvalues())
                .min().orElseThrow();
        ModifiedCholesky cholesky = new ModifiedCholesky(3);
        assertTrue(cholesky.factor(a));
        double tau = cholesky.shift();
        assertTrue(tau > -lowest, "A + τI must be positive definite: τ = " + tau + ", λ_min = " + lowest);
        double frobenius = new Array2DRowRealMatrix(a).getFrobeniusNorm();
        double first = ModifiedCholesky.SHIFT_FRACTION * frobenius + 3;
        assertTrue(tau <= Math.max(first, 2 * (-lowest + ModifiedCholesky.SHIFT_FRACTION * frobenius)),
                "τ is the first of the sequence τ₀ = β − min aᵢᵢ, 2τ₀, ... above −λ_min: " + tau);
        double[] b = {1, 2, 3};
        double[] x = new double[3];
        cholesky.solve(b, x);
        RealMatrix shifted = new Array2DRowRealMatrix(a).add(MatrixUtils.createRealIdentityMatrix(3).scalarMultiply(tau));
        assertArrayEquals(b, shifted.operate(x), TOLERANCE);
    }

    @Test
    void solveMayOverwriteItsRightHandSide() {
        double[][] a = {{4, 1}, {1, 3}};
        ModifiedCholesky cholesky = new ModifiedCholesky(2);
        assertTrue(cholesky.factor(a));
        double[] b = {1, 2};
        cholesky.solve(b, b);
        assertArrayEquals(new double[] {1.0 / 11, 7.0 / 11}, b, 1e-15);
    }

    @Test
    void nonFiniteMatrixIsRefused() {
        assertFalse(new ModifiedCholesky(2).factor(new double[][] {{1, Double.NaN}, {Double.NaN, 1}}));
    }
}
