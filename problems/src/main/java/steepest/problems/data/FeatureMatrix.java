package steepest.problems.data;

/**
 * An immutable n×d design matrix X whose rows are the samples, reduced to the two kernels that
 * every linear model's value, gradient and Hessian-vector product are made of: row scores
 * z_t = ⟨x_{r_t}, w⟩ for a list of rows, and the weighted row sum g += Σ_t c_t·x_{r_t}. A model
 * evaluates a block of rows with the first, computes its loss derivatives, and folds the same rows
 * back with the second while they are still in cache, so X is read from memory once per evaluation.
 *
 * <p>Row lists are given as a slice {@code rows[rowOffset .. rowOffset + count)} of an index array
 * (indices may repeat), and vectors as a slice starting at an offset, so that a multi-output model
 * can address one output's block of a flat parameter vector without copying.
 */
public sealed interface FeatureMatrix permits DenseMatrix, SparseMatrix {

    /** The number of rows n (samples). */
    int rows();

    /** The number of columns d (features). */
    int cols();

    /** How many entries are stored: n·d for dense storage, the non-zeros for sparse. */
    long storedEntries();

    /** How many entries are not zero. */
    long nonZeros();

    /**
     * Row scores: {@code out[outOffset + t] = ⟨x_{rows[rowOffset + t]}, w[wOffset .. wOffset + d)⟩}
     * for t in [0, count).
     *
     * @param rows      row indices. Not modified.
     * @param rowOffset the first used entry of {@code rows}
     * @param count     how many rows
     * @param w         the coefficients, d of them from {@code wOffset}. Not modified.
     * @param wOffset   where the coefficients start in {@code w}
     * @param out       receives {@code count} scores from {@code outOffset}. Modified.
     * @param outOffset where the scores start in {@code out}
     */
    void multiplyRows(int[] rows, int rowOffset, int count, double[] w, int wOffset, double[] out, int outOffset);

    /**
     * Weighted row sum: {@code acc[accOffset + j] += Σ_t weights[weightOffset + t]·X[rows[rowOffset + t], j]}
     * for j in [0, d).
     *
     * @param rows         row indices. Not modified.
     * @param rowOffset    the first used entry of {@code rows}
     * @param count        how many rows
     * @param weights      one weight per row from {@code weightOffset}. Not modified.
     * @param weightOffset where the weights start
     * @param acc          the accumulator, d entries from {@code accOffset}. Modified (added to).
     * @param accOffset    where the accumulator starts
     */
    void addWeightedRows(int[] rows, int rowOffset, int count, double[] weights, int weightOffset, double[] acc,
                         int accOffset);

    /**
     * Writes row r as a dense vector.
     *
     * @param row    the row index
     * @param out    receives d entries from {@code offset}, zeros included. Modified.
     * @param offset where the row starts in {@code out}
     */
    void copyRow(int row, double[] out, int offset);

    /** The matrix of the given rows, in the given order (a copy). {@code rows} is not modified. */
    FeatureMatrix selectRows(int[] rows);

    /** This matrix with a column of ones appended as the last column (a copy), for an intercept. */
    FeatureMatrix withOnesColumn();
}
