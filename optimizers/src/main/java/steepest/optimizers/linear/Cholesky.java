package steepest.optimizers.linear;

import java.util.Arrays;
import steepest.optimizers.linalg.Vectors;

/**
 * The Cholesky factorization L·Lᵀ = A + τI of a symmetric matrix shifted by τ, by the row-oriented
 * Cholesky–Banachiewicz scheme in a workspace allocated once, with the solves and the estimate of
 * the smallest singular value that Newton-type and trust-region methods need. A pivot that is not
 * &gt; a caller's floor ends the factorization and reports its index, leaving the rows above it
 * factored: the leading k×k block of A + τI is positive definite and the k-th is not, which is what
 * Moré and Sorensen's safeguard uses. One instance per run. Not thread-safe.
 */
public final class Cholesky {

    /** What {@link #factor} returns on success. */
    public static final int SUCCESS = -1;

    private final int n;
    private final double[][] factor;
    private final double[] work;
    private double failedPivot;

    /** Allocates the workspace for n×n matrices. */
    public Cholesky(int dimension) {
        this.n = dimension;
        this.factor = new double[dimension][dimension];
        this.work = new double[dimension];
    }

    /**
     * Factors A + τI.
     *
     * @param a          a symmetric n×n matrix (only its lower triangle is read). Not modified.
     * @param shift      τ
     * @param pivotFloor a squared pivot must exceed this, &gt;= 0
     * @return {@link #SUCCESS}, or the index k of the first pivot at or below the floor (or not a
     *     number); rows 0..k − 1 of the factor are then valid
     */
    public int factor(double[][] a, double shift, double pivotFloor) {
        for (int i = 0; i < n; i++) {
            double[] row = factor[i];
            for (int j = 0; j <= i; j++) {
                double[] other = factor[j];
                double sum = a[i][j] + (i == j ? shift : 0);
                for (int k = 0; k < j; k++) {
                    sum -= row[k] * other[k];
                }
                if (i == j) {
                    if (!(sum > pivotFloor)) {
                        failedPivot = sum;
                        return i;
                    }
                    row[i] = Math.sqrt(sum);
                } else {
                    row[j] = sum / other[j];
                }
            }
        }
        return Vectors.isFinite(factor[n - 1]) ? SUCCESS : n - 1;
    }

    /**
     * For a failed {@link #factor} at index k: the δ that makes the leading (k+1)×(k+1) block of
     * A + τI singular when added to its last diagonal entry (minus the failed pivot), and the vector
     * v with v_k = 1, zero beyond k, in the null space of that block (Moré and Sorensen, "Computing a
     * trust region step", SIAM J. Sci. Stat. Comput. 4(3), 1983, §3). Then the smallest eigenvalue of
     * A + τI is at most −δ/‖v‖².
     *
     * @param k the index {@link #factor} returned
     * @param v receives v. Modified.
     * @return δ
     */
    public double singularityGap(int k, double[] v) {
        double[] row = factor[k];
        Arrays.fill(v, 0.0);
        v[k] = 1;
        for (int j = k - 1; j >= 0; j--) {
            double sum = row[j];
            for (int i = j + 1; i < k; i++) {
                sum += factor[i][j] * v[i];
            }
            v[j] = -sum / factor[j][j];
        }
        return -failedPivot;
    }

    /**
     * Solves (A + τI)·x = b with the last successful factorization.
     *
     * @param b the right-hand side. Not modified.
     * @param x receives the solution. Modified. May alias b.
     */
    public void solve(double[] b, double[] x) {
        solveLower(b, x);
        solveUpper(x, x);
    }

    /**
     * Solves L·y = b (forward substitution).
     *
     * @param b the right-hand side. Not modified unless it is y.
     * @param y receives y. Modified. May alias b.
     */
    public void solveLower(double[] b, double[] y) {
        for (int i = 0; i < n; i++) {
            double[] row = factor[i];
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= row[k] * y[k];
            }
            y[i] = sum / row[i];
        }
    }

    /**
     * Solves Lᵀ·y = b (back substitution).
     *
     * @param b the right-hand side. Not modified unless it is y.
     * @param y receives y. Modified. May alias b.
     */
    public void solveUpper(double[] b, double[] y) {
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int k = i + 1; k < n; k++) {
                sum -= factor[k][i] * y[k];
            }
            y[i] = sum / factor[i][i];
        }
    }

    /**
     * An estimate of the smallest singular value σ of Lᵀ and a unit vector z with ‖Lᵀz‖ ≈ σ, by the
     * LINPACK condition estimator (Cline, Moler, Stewart and Wilkinson, "An estimate for the condition
     * number of a matrix", SIAM J. Numer. Anal. 16(2), 1979; Golub and Van Loan, "Matrix
     * Computations", 4th ed., §3.5.4): signs e_i = ±1 chosen one at a time, looking ahead, to make the
     * solution w of L·w = e large, then Lᵀ·v = w, σ ≈ ‖w‖/‖v‖, z = v/‖v‖. O(n²).
     *
     * @param z receives the unit vector. Modified.
     * @return σ's estimate
     */
    public double smallestSingularValue(double[] z) {
        double[] partial = work;
        Arrays.fill(partial, 0.0);
        for (int k = 0; k < n; k++) {
            double diagonal = factor[k][k];
            double plus = (1 - partial[k]) / diagonal;
            double minus = (-1 - partial[k]) / diagonal;
            double growthPlus = Math.abs(plus);
            double growthMinus = Math.abs(minus);
            for (int i = k + 1; i < n; i++) {
                growthPlus += Math.abs(partial[i] + factor[i][k] * plus);
                growthMinus += Math.abs(partial[i] + factor[i][k] * minus);
            }
            double chosen = growthPlus >= growthMinus ? plus : minus;
            z[k] = chosen;
            for (int i = k + 1; i < n; i++) {
                partial[i] += factor[i][k] * chosen;
            }
        }
        double wNorm = Vectors.norm2(z);
        solveUpper(z, z);
        double vNorm = Vectors.norm2(z);
        Vectors.scale(1 / vNorm, z);
        return wNorm / vNorm;
    }
}
