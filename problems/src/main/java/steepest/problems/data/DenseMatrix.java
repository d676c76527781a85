package steepest.problems.data;

/**
 * A dense design matrix stored as one {@code double[]} per row, each of length d.
 *
 * <p>Why rows as separate arrays, and plain Java loops rather than BLAS (nd4j gemv): a linear
 * model's evaluation is two matrix-vector products, X·w and Xᵀ·c, bound by memory bandwidth, not by
 * arithmetic. Two gemv calls read X from memory twice; here the model asks for the scores of a
 * block of a few rows, computes their losses and folds the same rows into the gradient while they
 * are still in the L1 cache, so X is read once. The fold g += c·xᵣ is an axpy the JIT vectorizes
 * only when every array in the loop is indexed by the same expression: HotSpot's C2 (JDK 17) cannot
 * rule out that two {@code double[]} alias, so {@code g[j] += c·X[base + j]} on one flat row-major
 * array stays scalar, while {@code g[j] += c·row[j]} becomes SIMD. The score is a dot product,
 * a reduction C2 does not vectorize; two rows are scored per sweep over w with eight independent
 * accumulators, which breaks the floating-point add dependency chain and loads w once for both. See
 * {@code LogisticRegressionBenchmark} in the harness for the measurements behind these choices.
 */
public final class DenseMatrix implements FeatureMatrix {

    private final int cols;
    private final double[][] rows;

    /**
     * A matrix holding a copy of {@code rowMajor}.
     *
     * @param rows     n &gt;= 1
     * @param cols     d &gt;= 1
     * @param rowMajor n·d finite entries, row-major. Not modified.
     * @throws IllegalArgumentException if the shape does not match or an entry is NaN or infinite
     */
    public DenseMatrix(int rows, int cols, double[] rowMajor) {
        this(cols, split(rows, cols, rowMajor));
    }

    private DenseMatrix(int cols, double[][] rows) {
        if (rows.length < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, got " + rows.length
                    + "x" + cols);
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " entries, expected " + cols);
            }
            for (int j = 0; j < cols; j++) {
                if (!Double.isFinite(rows[r][j])) {
                    throw new IllegalArgumentException("entry (" + r + ", " + j + ") is " + rows[r][j]
                            + "; data must be finite");
                }
            }
        }
        this.cols = cols;
        this.rows = rows;
    }

    private static double[][] split(int rows, int cols, double[] rowMajor) {
        if (rows < 1 || cols < 1 || (long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException(rows + "x" + cols + " matrix given " + rowMajor.length + " entries");
        }
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = new double[cols];
            System.arraycopy(rowMajor, r * cols, out[r], 0, cols);
        }
        return out;
    }

    /**
     * A matrix that adopts the row arrays without copying them, for generators and benchmarks that
     * build data too large to copy. The caller hands the arrays over and must not modify them
     * afterwards: the matrix is shared as immutable (rows may be shared between matrices).
     *
     * @param rows n &gt;= 1 rows of equal length d &gt;= 1 with finite entries. Adopted.
     * @throws IllegalArgumentException if the rows differ in length or an entry is NaN or infinite
     */
    public static DenseMatrix ofRows(double[][] rows) {
        return new DenseMatrix(rows.length == 0 ? 0 : rows[0].length, rows.clone());
    }

    @Override
    public int rows() {
        return rows.length;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public long storedEntries() {
        return (long) rows.length * cols;
    }

    @Override
    public long nonZeros() {
        long count = 0;
        for (double[] row : rows) {
            for (double v : row) {
                if (v != 0) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Entry (row, col). */
    public double get(int row, int col) {
        return rows[row][col];
    }

    @Override
    public void multiplyRows(int[] rowIndices, int rowOffset, int count, double[] w, double[] out, int outOffset) {
        int t = 0;
        for (; t + 2 <= count; t += 2) {
            dotPair(rows[rowIndices[rowOffset + t]], rows[rowIndices[rowOffset + t + 1]], w, out, outOffset + t);
        }
        if (t < count) {
            out[outOffset + t] = dot(rows[rowIndices[rowOffset + t]], w);
        }
    }

    /** The scores of two rows in one sweep over w: eight independent accumulators, w loaded once. */
    private void dotPair(double[] a, double[] b, double[] w, double[] out, int at) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        int j = 0;
        for (; j + 4 <= cols; j += 4) {
            double w0 = w[j];
            double w1 = w[j + 1];
            double w2 = w[j + 2];
            double w3 = w[j + 3];
            a0 += a[j] * w0;
            a1 += a[j + 1] * w1;
            a2 += a[j + 2] * w2;
            a3 += a[j + 3] * w3;
            b0 += b[j] * w0;
            b1 += b[j + 1] * w1;
            b2 += b[j + 2] * w2;
            b3 += b[j + 3] * w3;
        }
        for (; j < cols; j++) {
            a0 += a[j] * w[j];
            b0 += b[j] * w[j];
        }
        out[at] = (a0 + a1) + (a2 + a3);
        out[at + 1] = (b0 + b1) + (b2 + b3);
    }

    private double dot(double[] a, double[] w) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 4 <= cols; j += 4) {
            s0 += a[j] * w[j];
            s1 += a[j + 1] * w[j + 1];
            s2 += a[j + 2] * w[j + 2];
            s3 += a[j + 3] * w[j + 3];
        }
        for (; j < cols; j++) {
            s0 += a[j] * w[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public void addWeightedRows(int[] rowIndices, int rowOffset, int count, double[] weights, int weightOffset,
                                double[] acc) {
        for (int t = 0; t < count; t++) {
            double c = weights[weightOffset + t];
            double[] row = rows[rowIndices[rowOffset + t]];
            for (int j = 0; j < cols; j++) {
                acc[j] += c * row[j];
            }
        }
    }

    @Override
    public void copyRow(int row, double[] out, int offset) {
        System.arraycopy(rows[row], 0, out, offset, cols);
    }

    /** The given rows, sharing their arrays with this matrix (rows are never modified). */
    @Override
    public DenseMatrix selectRows(int[] rowIndices) {
        double[][] selected = new double[rowIndices.length][];
        for (int t = 0; t < rowIndices.length; t++) {
            selected[t] = rows[rowIndices[t]];
        }
        return new DenseMatrix(cols, selected);
    }

    @Override
    public DenseMatrix withOnesColumn() {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new double[cols + 1];
            System.arraycopy(rows[r], 0, out[r], 0, cols);
            out[r][cols] = 1.0;
        }
        return new DenseMatrix(cols + 1, out);
    }

    /**
     * The affine column transform (x_rj − shift_j)·scale_j, as standardization applies it (a copy).
     *
     * @param shift d finite values subtracted per column. Not modified.
     * @param scale d finite factors per column. Not modified.
     */
    public DenseMatrix affine(double[] shift, double[] scale) {
        if (shift.length != cols || scale.length != cols) {
            throw new IllegalArgumentException("affine transform of " + cols + " columns given " + shift.length
                    + " shifts and " + scale.length + " scales");
        }
        double[][] out = new double[rows.length][cols];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < cols; j++) {
                out[r][j] = (rows[r][j] - shift[j]) * scale[j];
            }
        }
        return new DenseMatrix(cols, out);
    }

    /** The same matrix in sparse storage, zeros dropped. */
    public SparseMatrix toSparse() {
        long nonZeros = nonZeros();
        if (nonZeros > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(nonZeros + " non-zeros do not fit in one array");
        }
        int[] rowStart = new int[rows.length + 1];
        int[] columns = new int[(int) nonZeros];
        double[] values = new double[columns.length];
        int k = 0;
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < cols; j++) {
                double v = rows[r][j];
                if (v != 0) {
                    columns[k] = j;
                    values[k++] = v;
                }
            }
            rowStart[r + 1] = k;
        }
        return SparseMatrix.adopt(rows.length, cols, rowStart, columns, values);
    }

    /** The entries row-major in one array (a copy). */
    public double[] toArray() {
        if (storedEntries() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + rows.length + "x" + cols + " matrix does not fit in one array");
        }
        double[] out = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out, r * cols, cols);
        }
        return out;
    }

    @Override
    public String toString() {
        return "DenseMatrix[" + rows.length + "x" + cols + "]";
    }
}
