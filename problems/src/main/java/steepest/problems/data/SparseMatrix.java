package steepest.problems.data;

import java.util.Arrays;

/**
 * A sparse design matrix in compressed sparse row (CSR) storage: the non-zeros of row r are
 * {@code values[rowStart[r] .. rowStart[r+1])} at columns {@code columns[...]}, strictly increasing
 * within a row (Saad, "Iterative Methods for Sparse Linear Systems", 2nd ed., 2003, §3.4). The
 * kernels cost O(non-zeros of the rows touched), so a data set with d = 10⁵ features and a hundred
 * non-zeros per row evaluates a mini-batch in time proportional to the batch, not to d.
 */
public final class SparseMatrix implements FeatureMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    /**
     * A matrix holding copies of the three CSR arrays.
     *
     * @param rows     n &gt;= 1
     * @param cols     d &gt;= 1
     * @param rowStart n + 1 non-decreasing offsets, from 0 to the number of non-zeros. Not modified.
     * @param columns  the column of each stored entry, in [0, d) and strictly increasing within a
     *                 row. Not modified.
     * @param values   the finite value of each stored entry. Not modified.
     * @throws IllegalArgumentException naming the first violation
     */
    public SparseMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
        this(rows, cols, rowStart.clone(), columns.clone(), values.clone(), true);
    }

    private SparseMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values, boolean check) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, got " + rows + "x" + cols);
        }
        if (check) {
            validate(rows, cols, rowStart, columns, values);
        }
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** Adopts the arrays without copying; package-private for the readers and generators. */
    static SparseMatrix adopt(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
        return new SparseMatrix(rows, cols, rowStart, columns, values, true);
    }

    private static void validate(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
        if (rowStart.length != rows + 1 || rowStart[0] != 0 || rowStart[rows] != columns.length
                || columns.length != values.length) {
            throw new IllegalArgumentException("CSR arrays do not fit a " + rows + "x" + cols + " matrix: "
                    + rowStart.length + " row offsets, " + columns.length + " column indices, " + values.length
                    + " values");
        }
        for (int r = 0; r < rows; r++) {
            if (rowStart[r + 1] < rowStart[r]) {
                throw new IllegalArgumentException("row offsets decrease at row " + r);
            }
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                if (columns[k] < 0 || columns[k] >= cols) {
                    throw new IllegalArgumentException("row " + r + " has column " + columns[k] + " outside [0, " + cols
                            + ")");
                }
                if (k > rowStart[r] && columns[k] <= columns[k - 1]) {
                    throw new IllegalArgumentException("row " + r + " has column " + columns[k] + " after "
                            + columns[k - 1] + "; columns must increase within a row");
                }
                if (!Double.isFinite(values[k])) {
                    throw new IllegalArgumentException("entry (" + r + ", " + columns[k] + ") is " + values[k]
                            + "; data must be finite");
                }
            }
        }
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
        return values.length;
    }

    @Override
    public long nonZeros() {
        long count = 0;
        for (double v : values) {
            if (v != 0) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void multiplyRows(int[] rowIndices, int rowOffset, int count, double[] w, double[] out, int outOffset) {
        for (int t = 0; t < count; t++) {
            int r = rowIndices[rowOffset + t];
            double sum = 0;
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                sum += values[k] * w[columns[k]];
            }
            out[outOffset + t] = sum;
        }
    }

    @Override
    public void addWeightedRows(int[] rowIndices, int rowOffset, int count, double[] weights, int weightOffset,
                                double[] acc) {
        for (int t = 0; t < count; t++) {
            int r = rowIndices[rowOffset + t];
            double c = weights[weightOffset + t];
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                acc[columns[k]] += c * values[k];
            }
        }
    }

    @Override
    public void copyRow(int row, double[] out, int offset) {
        Arrays.fill(out, offset, offset + cols, 0.0);
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            out[offset + columns[k]] = values[k];
        }
    }

    @Override
    public SparseMatrix selectRows(int[] rowIndices) {
        int[] start = new int[rowIndices.length + 1];
        for (int t = 0; t < rowIndices.length; t++) {
            int r = rowIndices[t];
            start[t + 1] = start[t] + rowStart[r + 1] - rowStart[r];
        }
        int[] cs = new int[start[rowIndices.length]];
        double[] vs = new double[cs.length];
        for (int t = 0; t < rowIndices.length; t++) {
            int r = rowIndices[t];
            int length = rowStart[r + 1] - rowStart[r];
            System.arraycopy(columns, rowStart[r], cs, start[t], length);
            System.arraycopy(values, rowStart[r], vs, start[t], length);
        }
        return new SparseMatrix(rowIndices.length, cols, start, cs, vs, false);
    }

    @Override
    public SparseMatrix withOnesColumn() {
        int[] start = new int[rows + 1];
        int[] cs = new int[values.length + rows];
        double[] vs = new double[cs.length];
        for (int r = 0; r < rows; r++) {
            int length = rowStart[r + 1] - rowStart[r];
            start[r + 1] = start[r] + length + 1;
            System.arraycopy(columns, rowStart[r], cs, start[r], length);
            System.arraycopy(values, rowStart[r], vs, start[r], length);
            cs[start[r] + length] = cols;
            vs[start[r] + length] = 1.0;
        }
        return new SparseMatrix(rows, cols + 1, start, cs, vs, false);
    }

    /** The same matrix in dense storage (n·d doubles). */
    public DenseMatrix toDense() {
        if ((long) rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a dense " + rows + "x" + cols + " matrix does not fit in one array");
        }
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            copyRow(r, out, r * cols);
        }
        return new DenseMatrix(rows, cols, out);
    }

    @Override
    public String toString() {
        return "SparseMatrix[" + rows + "x" + cols + ", " + values.length + " non-zeros]";
    }
}
