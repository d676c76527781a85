package steepest.optimizers.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The pivoted QR kernels against commons-math3: the factorization's invariants (|r_jj| non-increasing,
 * RᵀR = PᵀAᵀAP, ‖Qᵀb‖ preserving the projection onto range A), least-squares solutions against the
 * SVD pseudo-inverse, damped solutions against the normal equations (AᵀA + D²)x = Aᵀb, and the
 * triangular products and solves against explicit matrices.
 */
class PivotedQrTest {

    private static final double TOLERANCE = 1e-10;

    private static double[][] matrix(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = random.nextGaussian() * (j + 1);
            }
        }
        return a;
    }

    private static double[] vector(int n, long seed) {
        return new SplittableRandom(seed).doubles(n, -1, 1).toArray();
    }

    private static PivotedQr factored(double[][] a) {
        PivotedQr qr = new PivotedQr(Math.max(a.length, a[0].length), a[0].length);
        qr.loadRows(a);
        qr.factor();
        return qr;
    }

    /** R as an explicit upper triangular matrix, rebuilt from R·e_j. */
    private static RealMatrix r(PivotedQr qr) {
        int n = qr.cols();
        RealMatrix r = new Array2DRowRealMatrix(n, n);
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1;
            qr.multiplyR(unit, column);
            unit[j] = 0;
            r.setColumn(j, column);
        }
        return r;
    }

    private static RealMatrix permuted(double[][] a, int[] pivots) {
        RealMatrix ap = new Array2DRowRealMatrix(a.length, pivots.length);
        for (int j = 0; j < pivots.length; j++) {
            ap.setColumn(j, new Array2DRowRealMatrix(a).getColumn(pivots[j]));
        }
        return ap;
    }

    @Test
    void factorsAPasQRWithNonIncreasingDiagonal() {
        double[][] a = matrix(9, 5, 1);
        PivotedQr qr = factored(a);
        RealMatrix r = r(qr);
        for (int j = 1; j < 5; j++) {
            assertTrue(Math.abs(qr.rDiagonal()[j]) <= Math.abs(qr.rDiagonal()[j - 1]), "|r_jj| non-increasing");
            for (int i = j + 1; i < 5; i++) {
                assertEquals(0.0, r.getEntry(i, j), "R is upper triangular");
            }
        }
        RealMatrix ap = permuted(a, qr.pivots());
        double[][] gram = ap.transpose().multiply(ap).getData();
        double[][] rtr = r.transpose().multiply(r).getData();
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(gram[i], rtr[i], TOLERANCE * 100, "R'R = P'A'AP");
        }
        RealMatrix full = new Array2DRowRealMatrix(a);
        for (int j = 0; j < 5; j++) {
            assertEquals(full.getColumnVector(j).getNorm(), qr.columnNorms()[j], TOLERANCE, "column norms as loaded");
        }
    }

    @Test
    void qtbCarriesTheProjectionOfBOntoTheRange() {
        double[][] a = matrix(9, 4, 2);
        double[] b = vector(9, 3);
        PivotedQr qr = factored(a);
        double[] qtb = new double[4];
        qr.multiplyQt(b, qtb);
        RealMatrix m = new Array2DRowRealMatrix(a);
        RealVector projection = m.multiply(new SingularValueDecomposition(m).getSolver().getInverse())
                .operate(new ArrayRealVector(b));
        assertEquals(projection.getNorm(), new ArrayRealVector(qtb).getNorm(), TOLERANCE);
        double[] rz = new double[4];
        double[] x = new double[4];
        qr.solve(qtb, x, 0);
        double[] z = new double[4];
        for (int j = 0; j < 4; j++) {
            z[j] = x[qr.pivots()[j]];
        }
        qr.multiplyR(z, rz);
        assertArrayEquals(qtb, rz, TOLERANCE, "R P'x = Q'b");
    }

    @Test
    void solveGivesTheLeastSquaresSolutionOfAFullRankSystem() {
        double[][] a = matrix(12, 6, 4);
        double[] b = vector(12, 5);
        PivotedQr qr = factored(a);
        double[] qtb = new double[6];
        qr.multiplyQt(b, qtb);
        double[] x = new double[6];
        assertEquals(6, qr.solve(qtb, x, 0));
        double[] expected = new SingularValueDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                .solve(new ArrayRealVector(b)).toArray();
        assertArrayEquals(expected, x, TOLERANCE);
    }

    @Test
    void solveOnTheNumericalRankFitsAsWellAsThePseudoInverse() {
        double[][] a = matrix(10, 4, 6);
        for (double[] row : a) {
            row[3] = row[0] - 2 * row[1];
        }
        double[] b = vector(10, 7);
        PivotedQr qr = factored(a);
        double[] qtb = new double[4];
        qr.multiplyQt(b, qtb);
        double[] x = new double[4];
        assertEquals(3, qr.solve(qtb, x, 1e-12));
        RealMatrix m = new Array2DRowRealMatrix(a);
        RealVector best = new SingularValueDecomposition(m).getSolver().solve(new ArrayRealVector(b));
        double ours = m.operate(new ArrayRealVector(x)).subtract(new ArrayRealVector(b)).getNorm();
        double optimal = m.operate(best).subtract(new ArrayRealVector(b)).getNorm();
        assertEquals(optimal, ours, TOLERANCE, "the basic solution has the least residual too");
    }

    @Test
    void solveDampedSolvesTheRegularizedNormalEquationsAndLeavesRIntact() {
        double[][] a = matrix(8, 5, 8);
        double[] b = vector(8, 9);
        double[] d = {0.5, 2, 0, 1, 3};
        PivotedQr qr = factored(a);
        RealMatrix before = r(qr);
        double[] qtb = new double[5];
        qr.multiplyQt(b, qtb);
        double[] x = new double[5];
        qr.solveDamped(d, qtb, x);
        RealMatrix m = new Array2DRowRealMatrix(a);
        RealMatrix normal = m.transpose().multiply(m).add(MatrixUtils.createRealDiagonalMatrix(
                new double[] {0.25, 4, 0, 1, 9}));
        double[] expected = new LUDecomposition(normal).getSolver().solve(m.transpose().operate(new ArrayRealVector(b)))
                .toArray();
        assertArrayEquals(expected, x, TOLERANCE);
        assertEquals(0.0, before.subtract(r(qr)).getNorm(), "R is restored");
    }

    @Test
    void triangularSolvesInvertTheirProducts() {
        double[][] a = matrix(7, 4, 10);
        double[] v = vector(4, 11);
        PivotedQr qr = factored(a);
        double[] rtv = new double[4];
        qr.multiplyRTransposed(v, rtv);
        double[] back = new double[4];
        qr.solveRTransposed(rtv, back);
        assertArrayEquals(v, back, TOLERANCE);
        assertArrayEquals(r(qr).transpose().operate(v), rtv, TOLERANCE);

        double[] d = {1, 2, 3, 4};
        double[] qtb = new double[4];
        qr.multiplyQt(vector(7, 12), qtb);
        qr.solveDamped(d, qtb, new double[4]);
        RealMatrix ap = permuted(a, qr.pivots());
        double[] pd = new double[4];
        for (int j = 0; j < 4; j++) {
            pd[j] = d[qr.pivots()[j]] * d[qr.pivots()[j]];
        }
        RealMatrix sts = ap.transpose().multiply(ap).add(MatrixUtils.createRealDiagonalMatrix(pd));
        double[] y = new double[4];
        qr.solveSTransposed(v, y);
        // S'y = v and S'S = P'(A'A + D^2)P give y'y = v'(S'S)^-1 v
        double expected = new LUDecomposition(sts).getSolver().solve(new ArrayRealVector(v)).dotProduct(
                new ArrayRealVector(v));
        assertEquals(expected, new ArrayRealVector(y).dotProduct(new ArrayRealVector(y)), TOLERANCE);
    }

    @Test
    void fewerRowsThanColumnsArePaddedWithZeroRows() {
        double[][] a = matrix(2, 3, 13);
        double[] b = vector(2, 14);
        PivotedQr qr = factored(a);
        double[] qtb = new double[3];
        qr.multiplyQt(b, qtb);
        double[] x = new double[3];
        assertEquals(2, qr.solve(qtb, x, 1e-12));
        assertArrayEquals(b, new Array2DRowRealMatrix(a).operate(x), TOLERANCE, "an underdetermined system is solved");
    }
}
