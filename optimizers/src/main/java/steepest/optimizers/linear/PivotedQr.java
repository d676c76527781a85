package steepest.optimizers.linear;

import java.util.Arrays;
import steepest.optimizers.linalg.Vectors;

/**
 * The QR factorization with column pivoting of an m×n matrix A, m &gt;= n, and the triangular
 * kernels least-squares methods build on it, written once:
 * <pre>
 *   A·P = Q·R,   |r₁₁| &gt;= |r₂₂| &gt;= ... &gt;= |rₙₙ|,
 * </pre>
 * Q orthogonal (kept as n Householder reflections I − uuᵀ/u₁), P the permutation that brings, at
 * step j, the remaining column of largest norm (below row j) to position j, and R upper triangular
 * (Businger and Golub, "Linear least squares solutions by Householder transformations", Numer. Math.
 * 7, 1965; Golub and Van Loan, "Matrix Computations", 4th ed., Algorithm 5.4.1). The column norms
 * below the current row are downdated, ‖a‖² − a_j², and recomputed once cancellation has eaten
 * their digits (when 0.05·(new/last computed)² &lt;= ε), as LINPACK's dqrdc and MINPACK's qrfac
 * do. On top of the factorization:
 * <ul>
 *   <li>{@link #multiplyQt}: the first n entries of Qᵀb;</li>
 *   <li>{@link #solve}: the basic least-squares solution of A·x ≈ b on the numerical rank;</li>
 *   <li>{@link #solveDamped}: the least-squares solution of [A; D]·x ≈ [b; 0] for a diagonal D
 *       from R alone, by Givens rotations that reduce [R; PᵀDP] to an upper triangular S with
 *       Pᵀ(AᵀA + D²)P = SᵀS (Moré, "The Levenberg–Marquardt algorithm: implementation and theory",
 *       Lecture Notes in Math. 630, 1978, §3; MINPACK's qrsolv), in O(n²) per D;</li>
 *   <li>products with R and Rᵀ and solves with Rᵀ and Sᵀ, for the Levenberg–Marquardt parameter.</li>
 * </ul>
 *
 * <p>Storage: A is held column by column ({@link #columns()}, column j a contiguous array), so a
 * reflection is a dot product and an axpy over contiguous memory and pivoting swaps two array
 * references. R and S share one n×n array, also column-major: R's upper triangle with its diagonal,
 * S's strict upper triangle transposed into the strict lower one, S's diagonal apart. One instance
 * per run: every workspace is allocated in the constructor, so no call allocates. Not thread-safe.
 */
public final class PivotedQr {

    /** A column norm downdated to this fraction of its last computed value (squared, ×ε) is recomputed. */
    private static final double RECOMPUTE = 0.05;
    private static final double EPSILON = Math.ulp(1.0);

    private final int rows;
    private final int cols;
    private final double[][] a;
    private final double[][] r;
    private final double[] rDiagonal;
    private final double[] sDiagonal;
    private final double[] columnNorms;
    private final double[] remainingNorms;
    private final double[] lastComputed;
    private final int[] pivots;
    private final double[] work;
    private final double[] small;

    /**
     * Allocates the workspaces for m×n matrices.
     *
     * @param rows m &gt;= n
     * @param cols n &gt;= 1
     */
    public PivotedQr(int rows, int cols) {
        if (cols < 1 || rows < cols) {
            throw new IllegalArgumentException("a pivoted QR needs rows >= cols >= 1, got " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.a = new double[cols][rows];
        this.r = new double[cols][cols];
        this.rDiagonal = new double[cols];
        this.sDiagonal = new double[cols];
        this.columnNorms = new double[cols];
        this.remainingNorms = new double[cols];
        this.lastComputed = new double[cols];
        this.pivots = new int[cols];
        this.work = new double[rows];
        this.small = new double[cols];
    }

    /** m. */
    public int rows() {
        return rows;
    }

    /** n. */
    public int cols() {
        return cols;
    }

    /**
     * The matrix to factor, column by column: fill column j into {@code columns()[j]} (length m)
     * before {@link #factor()}, which overwrites them and permutes the array references.
     */
    public double[][] columns() {
        return a;
    }

    /**
     * Loads A from its rows: A[i][j] = source[i][j] for i &lt; source.length, and zero rows below, so
     * a matrix with fewer rows than columns can be factored padded with zeros (which changes no
     * least-squares solution).
     *
     * @param source up to m rows of length n. Not modified.
     */
    public void loadRows(double[][] source) {
        int filled = source.length;
        for (int j = 0; j < cols; j++) {
            double[] column = a[j];
            for (int i = 0; i < filled; i++) {
                column[i] = source[i][j];
            }
            Arrays.fill(column, filled, rows, 0.0);
        }
    }

    /** Factors the loaded matrix, A·P = Q·R. Overwrites {@link #columns()}. */
    public void factor() {
        for (int j = 0; j < cols; j++) {
            double norm = Vectors.norm2(a[j]);
            columnNorms[j] = norm;
            remainingNorms[j] = norm;
            lastComputed[j] = norm;
            pivots[j] = j;
        }
        for (int j = 0; j < cols; j++) {
            pivot(j);
            double[] u = a[j];
            double norm = Vectors.norm2(u, j, rows);
            if (norm != 0) {
                if (u[j] < 0) {
                    norm = -norm;
                }
                double inverse = 1.0 / norm;
                for (int i = j; i < rows; i++) {
                    u[i] *= inverse;
                }
                u[j] += 1.0;
                for (int k = j + 1; k < cols; k++) {
                    reflect(u, j, a[k]);
                    downdate(k, j);
                }
            }
            rDiagonal[j] = -norm;
        }
        for (int j = 0; j < cols; j++) {
            System.arraycopy(a[j], 0, r[j], 0, j);
            r[j][j] = rDiagonal[j];
        }
    }

    /** Brings the remaining column of largest norm to position j. */
    private void pivot(int j) {
        int largest = j;
        for (int k = j + 1; k < cols; k++) {
            if (remainingNorms[k] > remainingNorms[largest]) {
                largest = k;
            }
        }
        if (largest != j) {
            double[] column = a[j];
            a[j] = a[largest];
            a[largest] = column;
            remainingNorms[largest] = remainingNorms[j];
            lastComputed[largest] = lastComputed[j];
            int index = pivots[j];
            pivots[j] = pivots[largest];
            pivots[largest] = index;
        }
    }

    /** v ← (I − uuᵀ/u_j)·v on rows j..m − 1 (u zero above row j). */
    private void reflect(double[] u, int j, double[] v) {
        double coefficient = Vectors.dot(u, v, j, rows) / u[j];
        Vectors.axpy(-coefficient, u, v, j, rows);
    }

    /** The norm of column k below row j, from the one below row j − 1. */
    private void downdate(int k, int j) {
        if (remainingNorms[k] == 0) {
            return;
        }
        double ratio = a[k][j] / remainingNorms[k];
        remainingNorms[k] *= Math.sqrt(Math.max(0.0, 1 - ratio * ratio));
        double fraction = remainingNorms[k] / lastComputed[k];
        if (RECOMPUTE * fraction * fraction <= EPSILON) {
            remainingNorms[k] = Vectors.norm2(a[k], j + 1, rows);
            lastComputed[k] = remainingNorms[k];
        }
    }

    /** The Euclidean norms of the columns of A as loaded (before pivoting, by original index). Read-only view. */
    public double[] columnNorms() {
        return columnNorms;
    }

    /** P as indices: column j of A·P is column pivots()[j] of A. Read-only view. */
    public int[] pivots() {
        return pivots;
    }

    /** R's diagonal r_jj (signed). Read-only view. */
    public double[] rDiagonal() {
        return rDiagonal;
    }

    /**
     * The first n entries of Qᵀb.
     *
     * @param b   up to m entries, taken as zero-padded to m (as {@link #loadRows} pads A). Not modified.
     * @param out receives n entries. Modified.
     */
    public void multiplyQt(double[] b, double[] out) {
        System.arraycopy(b, 0, work, 0, b.length);
        Arrays.fill(work, b.length, rows, 0.0);
        for (int j = 0; j < cols; j++) {
            if (a[j][j] != 0) {
                reflect(a[j], j, work);
            }
            out[j] = work[j];
        }
    }

    /**
     * The least-squares solution of A·x ≈ b on the numerical rank k, the leading j with
     * |r_jj| &gt; rcond·|r₁₁| (all non-zero diagonals for rcond = 0): z solves R₁₁z = (Qᵀb)₁..k, the
     * remaining n − k entries of z are zero, and x = P·z (the basic solution).
     *
     * @param qtb   the first n entries of Qᵀb. Not modified.
     * @param x     receives x. Modified.
     * @param rcond &gt;= 0, the rank tolerance relative to |r₁₁|
     * @return the rank k used
     */
    public int solve(double[] qtb, double[] x, double rcond) {
        double floor = rcond * Math.abs(rDiagonal[0]);
        int rank = 0;
        while (rank < cols && Math.abs(rDiagonal[rank]) > floor) {
            rank++;
        }
        for (int j = 0; j < cols; j++) {
            small[j] = j < rank ? qtb[j] : 0.0;
        }
        for (int j = rank - 1; j >= 0; j--) {
            small[j] /= rDiagonal[j];
            Vectors.axpy(-small[j], r[j], small, 0, j);
        }
        for (int j = 0; j < cols; j++) {
            x[pivots[j]] = small[j];
        }
        return rank;
    }

    /**
     * The least-squares solution of [A; D]·x ≈ [b; 0] for the diagonal D = diag(d), from R and Qᵀb
     * alone: Givens rotations reduce [R; PᵀDP] to S (kept for {@link #solveSTransposed}); where S is
     * singular the basic solution is taken, as in {@link #solve} with rcond = 0.
     *
     * @param d   the n diagonal entries of D, by original index, &gt;= 0. Not modified.
     * @param qtb the first n entries of Qᵀb. Not modified.
     * @param x   receives x. Modified.
     */
    public void solveDamped(double[] d, double[] qtb, double[] x) {
        for (int j = 0; j < cols; j++) {
            for (int i = j + 1; i < cols; i++) {
                r[j][i] = r[i][j];
            }
        }
        System.arraycopy(qtb, 0, small, 0, cols);
        for (int j = 0; j < cols; j++) {
            double dj = d[pivots[j]];
            if (dj != 0) {
                eliminate(j, dj);
            }
            sDiagonal[j] = r[j][j];
            r[j][j] = rDiagonal[j];
        }
        int rank = 0;
        while (rank < cols && sDiagonal[rank] != 0) {
            rank++;
        }
        Arrays.fill(small, rank, cols, 0.0);
        for (int j = rank - 1; j >= 0; j--) {
            double sum = Vectors.dot(r[j], small, j + 1, rank);
            small[j] = (small[j] - sum) / sDiagonal[j];
        }
        for (int j = 0; j < cols; j++) {
            x[pivots[j]] = small[j];
        }
    }

    /**
     * Rotates the row dj·e_j of PᵀDP into the working triangle (rows j.. of the lower storage), and the
     * zero it adds to the right-hand side into {@link #small}. {@link #sDiagonal} holds the row.
     */
    private void eliminate(int j, double dj) {
        double[] row = sDiagonal;
        Arrays.fill(row, j, cols, 0.0);
        row[j] = dj;
        double extra = 0;
        for (int k = j; k < cols; k++) {
            if (row[k] == 0) {
                continue;
            }
            double[] column = r[k];
            double cos;
            double sin;
            if (Math.abs(column[k]) < Math.abs(row[k])) {
                double cotangent = column[k] / row[k];
                sin = 1 / Math.sqrt(1 + cotangent * cotangent);
                cos = sin * cotangent;
            } else {
                double tangent = row[k] / column[k];
                cos = 1 / Math.sqrt(1 + tangent * tangent);
                sin = cos * tangent;
            }
            column[k] = cos * column[k] + sin * row[k];
            double rotated = cos * small[k] + sin * extra;
            extra = -sin * small[k] + cos * extra;
            small[k] = rotated;
            for (int i = k + 1; i < cols; i++) {
                double upper = column[i];
                column[i] = cos * upper + sin * row[i];
                row[i] = -sin * upper + cos * row[i];
            }
        }
    }

    /**
     * out_j = Σ_{i&lt;=j} r_ij·v_i, i.e. Rᵀv (v and out in pivoted order).
     *
     * @param v   n entries. Not modified.
     * @param out receives n entries. Modified. Must not alias v.
     */
    public void multiplyRTransposed(double[] v, double[] out) {
        for (int j = 0; j < cols; j++) {
            out[j] = Vectors.dot(r[j], v, 0, j + 1);
        }
    }

    /**
     * out_i = Σ_{j&gt;=i} r_ij·z_j, i.e. R·z (z and out in pivoted order).
     *
     * @param z   n entries. Not modified.
     * @param out receives n entries. Modified. Must not alias z.
     */
    public void multiplyR(double[] z, double[] out) {
        Arrays.fill(out, 0.0);
        for (int j = 0; j < cols; j++) {
            Vectors.axpy(z[j], r[j], out, 0, j + 1);
        }
    }

    /**
     * Solves Rᵀy = b by forward substitution (pivoted order); R must be non-singular.
     *
     * @param b n entries. Not modified unless it is y.
     * @param y receives y. Modified. May alias b.
     */
    public void solveRTransposed(double[] b, double[] y) {
        for (int j = 0; j < cols; j++) {
            y[j] = (b[j] - Vectors.dot(r[j], y, 0, j)) / rDiagonal[j];
        }
    }

    /**
     * Solves Sᵀy = b by forward substitution (pivoted order) with the S of the last
     * {@link #solveDamped}; S must be non-singular.
     *
     * @param b n entries. Not modified unless it is y.
     * @param y receives y. Modified. May alias b.
     */
    public void solveSTransposed(double[] b, double[] y) {
        if (y != b) {
            System.arraycopy(b, 0, y, 0, cols);
        }
        for (int j = 0; j < cols; j++) {
            y[j] /= sDiagonal[j];
            Vectors.axpy(-y[j], r[j], y, j + 1, cols);
        }
    }
}
