package steepest.problems.data;

/**
 * An immutable n×d design matrix X whose rows are the samples, reduced to the two kernels that
 * every linear model's value, gradient and Hessian-vector product are made of: row scores
 * z_t = ⟨x_{r_t}, w⟩ for a list of rows, and the weighted row sum g += Σ_t c_t·x_{r_t}. A model
 * evaluates a block of rows with the first, computes its loss derivatives, and folds the same rows
 * back with the second while they are still in cache, so X is read from memory once per evaluation.
 *
 * <p>Row lists are given as a slice {@code rows[rowOffset .. rowOffset + count)} of an index array
 * (indices may repeat); coefficient and accumulator vectors are whole arrays of length d.
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
     * Row scores: {@code out[outOffset + t] = ⟨x_{rows[rowOffset + t]}, w⟩} for t in [0, count).
     *
     * @param rows      row indices. Not modified.
     * @param rowOffset the first used entry of {@code rows}
     * @param count     how many rows
     * @param w         the d coefficients. Not modified.
     * @param out       receives {@code count} scores from {@code outOffset}. Modified.
     * @param outOffset where the scores start in {@code out}
     */
    void multiplyRows(int[] rows, int rowOffset, int count, double[] w, double[] out, int outOffset);

    /**
     * Weighted row sum: {@code acc[j] += Σ_t weights[weightOffset + t]·X[rows[rowOffset + t], j]} for
     * j in [0, d). The accumulator is a whole array (no offset) so that dense storage can vectorize.
     *
     * @param rows         row indices. Not modified.
     * @param rowOffset    the first used entry of {@code rows}
     * @param count        how many rows
     * @param weights      one weight per row from {@code weightOffset}. Not modified.
     * @param weightOffset where the weights start
     * @param acc          the d accumulators. Modified (added to).
     */
    void addWeightedRows(int[] rows, int rowOffset, int count, double[] weights, int weightOffset, double[] acc);

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
