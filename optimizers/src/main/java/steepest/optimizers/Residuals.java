package steepest.optimizers;

/**
 * An objective that is a weighted sum of squares, f(x) = c·‖r(x)‖² = c·Σᵢ rᵢ(x)², i = 0, ..., m − 1,
 * with the residuals r : Rⁿ → Rᵐ and their Jacobian J(x) (m×n, row i = ∇rᵢ(x)ᵀ) available, so that
 * least-squares methods (Gauss–Newton, Levenberg–Marquardt) can work on r and J instead of f, ∇f and
 * ∇²f. The gradient is ∇f = 2c·Jᵀr and J's Gauss–Newton matrix 2c·JᵀJ approximates ∇²f.
 *
 * <p>The constant c is the problem's own convention, {@link #squaresScale()}: 1 for the
 * Moré–Garbow–Hillstrom problems (f = Σ rᵢ², as the paper writes them), ½ for linear least squares
 * in the statistical convention f = ½‖Ax − b‖². Least-squares methods are invariant to it.
 *
 * <p>Counting ({@link Oracle}): one residual evaluation counts one function evaluation; one dense
 * Jacobian, and one product J·v or Jᵀ·u, counts one gradient evaluation each.
 */
public interface Residuals extends Objective {

    /** The number of residuals m &gt;= 1. */
    int residualCount();

    /** The constant c &gt; 0 in f(x) = c·‖r(x)‖². */
    double squaresScale();

    /**
     * Writes r(x).
     *
     * @param x   the point. Not modified.
     * @param out receives the m residuals; every entry is overwritten. Modified.
     */
    void residuals(double[] x, double[] out);

    /**
     * Writes the dense Jacobian J(x), out[i][j] = ∂rᵢ/∂xⱼ.
     *
     * @param x   the point. Not modified.
     * @param out m rows of length n receiving J; every entry is overwritten. Modified.
     */
    void jacobian(double[] x, double[][] out);

    /**
     * Computes J(x)·v without forming J.
     *
     * @param x   the point. Not modified.
     * @param v   a direction in Rⁿ. Not modified.
     * @param out receives the m entries of J·v. Modified. Must not alias x or v.
     */
    void jacobianVector(double[] x, double[] v, double[] out);

    /**
     * Computes J(x)ᵀ·u without forming J.
     *
     * @param x   the point. Not modified.
     * @param u   a vector in Rᵐ. Not modified.
     * @param out receives the n entries of Jᵀ·u. Modified. Must not alias x or u.
     */
    void jacobianTransposeVector(double[] x, double[] u, double[] out);
}
