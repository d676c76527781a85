package steepest.problems.constrained;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Synthetic least squares with a planted constrained minimizer, so that x* and f* are known exactly.
 * A (m×n, m &gt;= n) has independent N(0, 1/m) entries, so AᵀA ≈ I is positive definite and f is
 * strongly convex (Marchenko–Pastur: eigenvalues near [(1 − √(n/m))², (1 + √(n/m))²]). Given a
 * point x* ∈ C and a gradient g* that satisfies C's optimality (KKT) conditions at x*, the data are
 * <pre>
 *   b = Ax* − r,   r = A(AᵀA)⁻¹g* + (I − P_A)z,   z ~ N(0, σ²/m · I),
 * </pre>
 * P_A the orthogonal projector onto range(A). Then ∇f(x*) = Aᵀ(Ax* − b) = Aᵀr = g*, so x* is the
 * unique minimizer over C, and f* = ½‖r‖² (the (I − P_A)z part is the irreducible noise σ).
 *
 * @param a         A, m×n row-major
 * @param b         b
 * @param minimizer x*
 * @param optimum   f*
 */
record PlantedLeastSquares(double[] a, double[] b, double[] minimizer, double optimum) {

    /**
     * Plants x* with gradient g*.
     *
     * @param rows      m &gt;= n
     * @param minimizer x* (n entries)
     * @param gradient  g* = ∇f(x*) (n entries)
     * @param noise     σ &gt;= 0
     * @param random    the data's random stream
     */
    static PlantedLeastSquares plant(int rows, double[] minimizer, double[] gradient, double noise,
                                     RandomGenerator random) {
        int n = minimizer.length;
        double[] a = new double[rows * n];
        double scale = 1 / Math.sqrt(rows);
        for (int k = 0; k < a.length; k++) {
            a[k] = scale * random.nextGaussian();
        }
        RealMatrix matrix = new Array2DRowRealMatrix(rows, n);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < n; j++) {
                matrix.setEntry(i, j, a[i * n + j]);
            }
        }
        DecompositionSolver normal = new CholeskyDecomposition(matrix.transpose().multiply(matrix)).getSolver();
        RealVector z = new ArrayRealVector(rows);
        for (int i = 0; i < rows; i++) {
            z.setEntry(i, noise * scale * random.nextGaussian());
        }
        RealVector inRange = matrix.operate(normal.solve(matrix.transpose().operate(z)));
        RealVector r = matrix.operate(normal.solve(new ArrayRealVector(gradient))).add(z.subtract(inRange));
        RealVector b = matrix.operate(new ArrayRealVector(minimizer)).subtract(r);
        return new PlantedLeastSquares(a, b.toArray(), minimizer.clone(), 0.5 * r.dotProduct(r));
    }
}
