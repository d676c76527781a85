package steepest.optimizers.leastsquares;

import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linear.PivotedQr;

/**
 * The Levenberg–Marquardt parameter of Moré's algorithm ("The Levenberg–Marquardt algorithm:
 * implementation and theory", Lecture Notes in Math. 630, 1978, §5; MINPACK's lmpar): given the
 * pivoted QR factorization J·P = Q·R, the scaling D and Δ &gt; 0, find λ &gt;= 0 such that the solution
 * p(λ) of
 * <pre>
 *   min ‖J·p − r‖² + λ‖D·p‖²
 * </pre>
 * (computed from R by {@link PivotedQr#solveDamped}) satisfies either λ = 0 and ‖D·p‖ &lt;= 1.1Δ
 * (the Gauss–Newton step is short enough), or |‖D·p‖ − Δ| &lt;= 0.1Δ. With φ(λ) = ‖D·p(λ)‖ − Δ,
 * which is convex and decreasing, φ'(λ) = −‖D·p‖·‖q‖², q = S⁻ᵀPᵀD·(D·p/‖D·p‖) (S from
 * Pᵀ(JᵀJ + λD²)P = SᵀS), and each step is Hebden's
 * <pre>
 *   λ₊ = λ − (φ/φ')·(‖D·p‖/Δ) = λ + (φ/Δ)/‖q‖²,
 * </pre>
 * Newton's step for 1/‖D·p(λ)‖ = 1/Δ, kept in [l, u]: l = φ(0)/(Δ‖q(0)‖²) (the Newton bound, 0
 * when J is rank deficient), u = ‖D⁻¹Jᵀr‖/Δ; a positive φ raises l to λ, a negative one lowers u.
 * It stops after 10 steps, within the band, or when l = 0 and φ grows while negative.
 *
 * <p>One instance per run; the work vectors are allocated in the constructor.
 */
final class LevenbergMarquardtParameter {

    /** Relative width of the band |‖Dp‖ − Δ| &lt;= 0.1Δ that ends the iteration. */
    static final double BAND = 0.1;
    /** Iterations of Newton's method on φ at most. */
    static final int MAX_ITERATIONS = 10;
    private static final double FLOOR = 1e-3;

    private final double[] scaled;
    private final double[] work;

    LevenbergMarquardtParameter(int dimension) {
        this.scaled = new double[dimension];
        this.work = new double[dimension];
    }

    /**
     * Finds λ and the step.
     *
     * @param qr      the factorization of J. Its S storage is overwritten.
     * @param d       the diagonal of D (original order), &gt; 0. Not modified.
     * @param qtr     the first n entries of Qᵀr. Not modified.
     * @param delta   Δ &gt; 0
     * @param initial the previous λ, a starting guess, &gt;= 0
     * @param step    receives p(λ), the solution of J·p ≈ r (the caller moves by −p). Modified.
     * @return λ (0 when the Gauss–Newton step was taken)
     */
    double solve(PivotedQr qr, double[] d, double[] qtr, double delta, double initial, double[] step) {
        int n = step.length;
        int[] pivots = qr.pivots();
        int rank = qr.solve(qtr, step, 0);
        double norm = scaledNorm(d, step);
        double excess = norm - delta;
        if (excess <= BAND * delta) {
            return 0;
        }
        double lower = 0;
        if (rank == n) {
            directionOfNormGradient(d, pivots, norm);
            qr.solveRTransposed(work, work);
            double q = Vectors.norm2(work);
            lower = excess / delta / q / q;
        }
        qr.multiplyRTransposed(qtr, work);
        for (int j = 0; j < n; j++) {
            work[j] /= d[pivots[j]];
        }
        double gradientNorm = Vectors.norm2(work);
        double upper = gradientNorm / delta;
        if (upper == 0) {
            upper = Double.MIN_NORMAL / Math.min(delta, BAND);
        }
        double lambda = Math.min(Math.max(initial, lower), upper);
        if (lambda == 0) {
            lambda = gradientNorm / norm;
        }
        for (int iteration = 1; ; iteration++) {
            if (lambda == 0) {
                lambda = Math.max(Double.MIN_NORMAL, FLOOR * upper);
            }
            double root = Math.sqrt(lambda);
            for (int j = 0; j < n; j++) {
                work[j] = root * d[j];
            }
            qr.solveDamped(work, qtr, step);
            norm = scaledNorm(d, step);
            double previous = excess;
            excess = norm - delta;
            if (Math.abs(excess) <= BAND * delta || (lower == 0 && excess <= previous && previous < 0)
                    || iteration == MAX_ITERATIONS) {
                return lambda;
            }
            directionOfNormGradient(d, pivots, norm);
            qr.solveSTransposed(work, work);
            double q = Vectors.norm2(work);
            double correction = excess / delta / q / q;
            if (excess > 0) {
                lower = Math.max(lower, lambda);
            } else if (excess < 0) {
                upper = Math.min(upper, lambda);
            }
            lambda = Math.max(lower, lambda + correction);
        }
    }

    /** ‖D·p‖, keeping D·p in {@link #scaled}. */
    private double scaledNorm(double[] d, double[] p) {
        for (int j = 0; j < p.length; j++) {
            scaled[j] = d[j] * p[j];
        }
        return Vectors.norm2(scaled);
    }

    /** work ← Pᵀ·D·(D·p/‖D·p‖), from {@link #scaled} = D·p: the direction of ∇‖D·p‖ in pivoted order. */
    private void directionOfNormGradient(double[] d, int[] pivots, double norm) {
        for (int j = 0; j < work.length; j++) {
            int l = pivots[j];
            work[j] = d[l] * (scaled[l] / norm);
        }
    }
}
