package steepest.problems.data;

/**
 * How a design matrix is stored. {@link #AUTO} picks sparse storage when fewer than a quarter of
 * the entries are non-zero (below that density CSR's index array costs less than the zeros it
 * skips), and dense storage otherwise.
 */
public enum Storage {
    /** Sparse below density 1/4, dense otherwise. */
    AUTO,
    /** Row-major dense storage ({@link DenseMatrix}). */
    DENSE,
    /** Compressed sparse rows ({@link SparseMatrix}). */
    SPARSE;

    /** The density below which {@link #AUTO} stores sparse. */
    public static final double SPARSE_BELOW_DENSITY = 0.25;

    /** Whether a matrix of this shape and non-zero count is stored sparse under this choice. */
    public boolean sparse(long rows, long cols, long nonZeros) {
        return switch (this) {
            case DENSE -> false;
            case SPARSE -> true;
            case AUTO -> nonZeros < SPARSE_BELOW_DENSITY * rows * (double) cols;
        };
    }

    /** {@code matrix} converted to this storage (itself when it already fits). */
    public FeatureMatrix apply(FeatureMatrix matrix) {
        boolean wantSparse = sparse(matrix.rows(), matrix.cols(), matrix.nonZeros());
        if (wantSparse && matrix instanceof DenseMatrix dense) {
            return dense.toSparse();
        }
        if (!wantSparse && matrix instanceof SparseMatrix sparse) {
            return sparse.toDense();
        }
        return matrix;
    }
}
