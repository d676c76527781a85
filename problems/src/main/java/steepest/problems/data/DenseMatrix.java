package steepest.problems.data;

/**
 * A dense design matrix stored row-major in one flat {@code double[]}: entry (r, j) at
 * {@code r·d + j}, so a row is a contiguous run that the kernels stream through once.
 *
 * <p>Why plain Java loops rather than BLAS (nd4j gemv): a linear model's evaluation is two
 * matrix-vector products, X·w and Xᵀ·c, bound by memory bandwidth, not by arithmetic. Two gemv
 * calls read X from memory twice; here the model asks for the scores of a block of a few rows,
 * computes their losses and folds the same rows into the gradient while they are still in the L1
 * cache, so X is read once. The dot product uses four independent accumulators to break the
 * floating-point add dependency chain; the weighted row sum is an axpy the JIT vectorizes. See
 * {@code LogisticRegressionBenchmark} in the harness for the measurements behind this choice.
 */
public final class DenseMatrix implements FeatureMatrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    /**
     * A matrix holding a copy of {@code rowMajor}.
     *
     * @param rows     n &gt;= 1
     * @param cols     d &gt;= 1
     * @param rowMajor n·d finite entries, row-major. Not modified.
     * @throws IllegalArgumentException if the shape does not match or an entry is NaN or infinite
     */
    public DenseMatrix(int rows, int cols, double[] rowMajor) {
        this(rows, cols, rowMajor.clone(), true);
    }

    private DenseMatrix(int rows, int cols, double[] data, boolean check) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, got " + rows + "x" + cols);
        }
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(rows + "x" + cols + " matrix given " + data.length + " entries");
        }
        if (check) {
            for (int i = 0; i < data.length; i++) {
                if (!Double.isFinite(data[i])) {
                    throw new IllegalArgumentException("entry (" + i / cols + ", " + i % cols + ") is " + data[i]
                            + "; data must be finite");
                }
            }
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * A matrix that adopts {@code rowMajor} without copying it (as EJML's {@code DMatrixRMaj.wrap}),
     * for readers and benchmarks that build an array too large to copy. The caller hands over the
     * array and must not modify it afterwards: the matrix is shared as immutable.
     *
     * @param rows     n &gt;= 1
     * @param cols     d &gt;= 1
     * @param rowMajor n·d finite entries, row-major. Adopted.
     * @throws IllegalArgumentException if the shape does not match or an entry is NaN or infinite
     */
    public static DenseMatrix wrap(int rows, int cols, double[] rowMajor) {
        return new DenseMatrix(rows, cols, rowMajor, true);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public long storedEntries() {
        return data.length;
    }

    /** Entry (row, col). */
    public double get(int row, int col) {
        return data[row * cols + col];
    }

    @Override
    public void multiplyRows(int[] rowIndices, int rowOffset, int count, double[] w, int wOffset, double[] out,
                             int outOffset) {
        for (int t = 0; t < count; t++) {
            out[outOffset + t] = dot(rowIndices[rowOffset + t] * cols, w, wOffset);
        }
    }

    private double dot(int base, double[] w, int wOffset) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 4 <= cols; j += 4) {
            s0 += data[base + j] * w[wOffset + j];
            s1 += data[base + j + 1] * w[wOffset + j + 1];
            s2 += data[base + j + 2] * w[wOffset + j + 2];
            s3 += data[base + j + 3] * w[wOffset + j + 3];
        }
        for (; j < cols; j++) {
            s0 += data[base + j] * w[wOffset + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public void addWeightedRows(int[] rowIndices, int rowOffset, int count, double[] weights, int weightOffset,
                                double[] acc, int accOffset) {
        for (int t = 0; t < count; t++) {
            double c = weights[weightOffset + t];
            int base = rowIndices[rowOffset + t] * cols;
            for (int j = 0; j < cols; j++) {
                acc[accOffset + j] += c * data[base + j];
            }
        }
    }

    @Override
    public void copyRow(int row, double[] out, int offset) {
        System.arraycopy(data, row * cols, out, offset, cols);
    }

    @Override
    public DenseMatrix selectRows(int[] rowIndices) {
        double[] selected = new double[rowIndices.length * cols];
        for (int t = 0; t < rowIndices.length; t++) {
            System.arraycopy(data, rowIndices[t] * cols, selected, t * cols, cols);
        }
        return new DenseMatrix(rowIndices.length, cols, selected, false);
    }

    @Override
    public DenseMatrix withOnesColumn() {
        int wider = cols + 1;
        double[] out = new double[rows * wider];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(data, r * cols, out, r * wider, cols);
            out[r * wider + cols] = 1.0;
        }
        return new DenseMatrix(rows, wider, out, false);
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
        double[] out = new double[data.length];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int j = 0; j < cols; j++) {
                out[base + j] = (data[base + j] - shift[j]) * scale[j];
            }
        }
        return new DenseMatrix(rows, cols, out, true);
    }

    @Override
    public long nonZeros() {
        long count = 0;
        for (double v : data) {
            if (v != 0) {
                count++;
            }
        }
        return count;
    }

    /** The same matrix in sparse storage, zeros dropped. */
    public SparseMatrix toSparse() {
        long nonZeros = nonZeros();
        if (nonZeros > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(nonZeros + " non-zeros do not fit in one array");
        }
        int[] rowStart = new int[rows + 1];
        int[] columns = new int[(int) nonZeros];
        double[] values = new double[columns.length];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                double v = data[r * cols + j];
                if (v != 0) {
                    columns[k] = j;
                    values[k++] = v;
                }
            }
            rowStart[r + 1] = k;
        }
        return SparseMatrix.adopt(rows, cols, rowStart, columns, values);
    }

    /** The entries row-major (a copy). */
    public double[] toArray() {
        return data.clone();
    }

    @Override
    public String toString() {
        return "DenseMatrix[" + rows + "x" + cols + "]";
    }
}
