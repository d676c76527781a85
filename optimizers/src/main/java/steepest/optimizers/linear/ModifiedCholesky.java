package steepest.optimizers.linear;

/**
 * Solves (A + τI)·x = b for a symmetric A by Cholesky factorization, with the smallest τ of a
 * doubling sequence that makes A + τI numerically positive definite, so that Newton's direction
 * −(∇²f + τI)⁻¹∇f is a descent direction even where ∇²f is indefinite: "Cholesky with added
 * multiple of the identity" (Nocedal and Wright, "Numerical Optimization", 2nd ed., Algorithm 3.3):
 * <pre>
 *   β = √ε·‖A‖_F (√ε if A = 0);  τ₀ = 0 if minᵢ aᵢᵢ &gt; 0, else β − minᵢ aᵢᵢ;
 *   try LLᵀ = A + τₖI;  on failure τₖ₊₁ = max(2τₖ, β)
 * </pre>
 * Nocedal and Wright take β = 10⁻³ for a well-scaled A. Relating β to ‖A‖_F makes the shift
 * invariant to scaling f, and starting as low as √ε (ε the machine epsilon) keeps it close to the
 * smallest that works on positive definite but ill-conditioned Hessians, which fail the pivot test
 * below: with 10⁻³·‖A‖_F Newton needed 14 097 iterations on Powell's badly scaled function (Moré,
 * Garbow and Hillstrom, problem 3), with √ε·‖A‖_F 147. Each doubling costs one more O(n³) attempt,
 * about 26 from √ε·‖A‖_F to ‖A‖_F.
 *
 * <p>The factorization is {@link Cholesky}'s, in a workspace allocated once; a pivot that is not
 * &gt; n·ε·(maxᵢ |aᵢᵢ| + τ) counts as a failure, so nearly singular matrices are shifted rather than
 * factored into huge directions. One instance per run. Not thread-safe.
 */
public final class ModifiedCholesky {

    /** The first shift β relative to the Frobenius norm of A: √ε. */
    public static final double SHIFT_FRACTION = 0x1.0p-26;

    private final Cholesky cholesky;
    private final int n;
    private double shift;

    /** Allocates the workspace for n×n matrices. */
    public ModifiedCholesky(int dimension) {
        this.n = dimension;
        this.cholesky = new Cholesky(dimension);
    }

    /**
     * Factors A + τI with the smallest τ of the sequence above that succeeds.
     *
     * @param a a symmetric n×n matrix with finite entries (only its lower triangle is read). Not modified.
     * @return false if no τ up to 2¹⁰⁰·β made A + τI factorizable (A not finite)
     */
    public boolean factor(double[][] a) {
        double frobenius = 0;
        double minDiagonal = Double.POSITIVE_INFINITY;
        double maxDiagonal = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                frobenius += a[i][j] * a[i][j];
            }
            minDiagonal = Math.min(minDiagonal, a[i][i]);
            maxDiagonal = Math.max(maxDiagonal, Math.abs(a[i][i]));
        }
        frobenius = Math.sqrt(frobenius);
        if (!Double.isFinite(frobenius)) {
            return false;
        }
        double beta = SHIFT_FRACTION * (frobenius > 0 ? frobenius : 1.0);
        shift = minDiagonal > 0 ? 0 : beta - minDiagonal;
        for (int attempt = 0; attempt < 100; attempt++) {
            double pivotFloor = n * Math.ulp(1.0) * Math.max(maxDiagonal + shift, Double.MIN_NORMAL);
            if (cholesky.factor(a, shift, pivotFloor) == Cholesky.SUCCESS) {
                return true;
            }
            shift = Math.max(2 * shift, beta);
        }
        return false;
    }

    /** The τ of the last successful {@link #factor}. */
    public double shift() {
        return shift;
    }

    /**
     * Solves (A + τI)·x = b with the last factorization.
     *
     * @param b the right-hand side. Not modified.
     * @param x receives the solution. Modified. May alias b.
     */
    public void solve(double[] b, double[] x) {
        cholesky.solve(b, x);
    }
}
