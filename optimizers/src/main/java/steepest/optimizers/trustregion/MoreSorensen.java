package steepest.optimizers.trustregion;

import steepest.optimizers.Oracle;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linear.Cholesky;

/**
 * The nearly exact trust-region subproblem solver of Moré and Sorensen ("Computing a trust region
 * step", SIAM J. Sci. Stat. Comput. 4(3), 1983; Nocedal and Wright, "Numerical Optimization", 2nd
 * ed., Algorithm 4.3 and §4.3): the global minimizer of m(p) = gᵀp + ½pᵀBp over ‖p‖ &lt;= Δ, B the dense
 * Hessian, is p(λ) = −(B + λI)⁻¹g for the λ &gt;= 0 with B + λI positive semidefinite and λ(Δ − ‖p‖) = 0.
 * With B + λI = LLᵀ, Newton's method on 1/‖p(λ)‖ = 1/Δ reads
 * <pre>
 *   λ₊ = λ + (‖p‖/‖q‖)²·(‖p‖ − Δ)/Δ,   L·q = p,
 * </pre>
 * safeguarded in an interval [λ_L, λ_U] that every iteration tightens (Moré and Sorensen §3; the
 * initial bounds from Gershgorin's discs, ‖B‖_F and ‖B‖_∞, Conn, Gould and Toint, "Trust-Region
 * Methods", 2000, §7.3.8):
 * <ul>
 *   <li>a failed factorization raises λ_L to λ + δ/‖v‖², with δ and v from the failed pivot
 *       ({@link Cholesky#singularityGap});</li>
 *   <li>‖p‖ &gt; Δ raises λ_L to λ; ‖p‖ &lt; Δ (λ &gt; 0) lowers λ_U to λ and raises λ_L to λ − σ², with
 *       σ and z from {@link Cholesky#smallestSingularValue} (σ ≈ ‖Lᵀz‖, so λ − σ² bounds −λ₁ from
 *       above);</li>
 *   <li>a λ outside (λ_L, λ_U) is replaced by max(√(λ_Lλ_U), λ_L + 0.01(λ_U − λ_L)).</li>
 * </ul>
 * It stops when λ = 0 and ‖p‖ &lt;= Δ (the Newton step is interior), when |‖p‖ − Δ| &lt;= 0.1Δ (easy
 * case), or, in the hard case where g is nearly orthogonal to B's lowest eigenvectors, when the step
 * p + τz to the boundary along z (the root of smaller |τ|) is nearly optimal,
 * τ²σ² &lt;= 0.2·(pᵀ(B + λI)p + λΔ²) (Moré and Sorensen's Lemma 3.4 with Conn, Gould and Toint's
 * κ_easy = 0.1, κ_hard = 0.2, scipy's). After {@value #MAX_ITERATIONS} iterations it falls back to
 * the Cauchy point. When the radius shrinks at the same point the last λ is kept as a lower bound
 * (λ(Δ) does not increase with Δ).
 *
 * <p>Costs: one dense Hessian per accepted point (counted by the oracle), O(n³) per factorization.
 */
public record MoreSorensen() implements Subproblem {

    /** Relative band |‖p‖ − Δ| &lt;= κ_easy·Δ of the easy case. */
    public static final double EASY = 0.1;
    /** κ_hard of the hard-case test. */
    public static final double HARD = 0.2;
    /** Iterations on λ per subproblem at most. */
    public static final int MAX_ITERATIONS = 100;
    private static final double INTERIOR_FRACTION = 0.01;

    @Override
    public Subproblem.State start(Oracle oracle) {
        return new State(oracle);
    }

    private static final class State implements Subproblem.State {
        private final Oracle oracle;
        private final int n;
        private final double[][] hessian;
        private final Cholesky cholesky;
        private final double[] q;
        private final double[] z;
        private final double[] product;
        private double[] gradient;
        private double gershgorinLower;
        private double gershgorinUpper;
        private double frobenius;
        private double infinity;
        private double minDiagonal;
        private double previousRadius;
        private double previousLambda;
        private boolean boundary;

        State(Oracle oracle) {
            this.oracle = oracle;
            this.n = oracle.dimension();
            this.hessian = new double[n][n];
            this.cholesky = new Cholesky(n);
            this.q = new double[n];
            this.z = new double[n];
            this.product = new double[n];
        }

        @Override
        public void linearize(double[] x, double[] g) {
            gradient = g;
            oracle.hessian(x, hessian);
            gershgorinLower = Double.POSITIVE_INFINITY;
            gershgorinUpper = Double.NEGATIVE_INFINITY;
            minDiagonal = Double.POSITIVE_INFINITY;
            double squares = 0;
            infinity = 0;
            for (int i = 0; i < n; i++) {
                double rowSum = 0;
                for (int j = 0; j < n; j++) {
                    rowSum += Math.abs(hessian[i][j]);
                    squares += hessian[i][j] * hessian[i][j];
                }
                double diagonal = hessian[i][i];
                double offDiagonal = rowSum - Math.abs(diagonal);
                gershgorinLower = Math.min(gershgorinLower, diagonal - offDiagonal);
                gershgorinUpper = Math.max(gershgorinUpper, diagonal + offDiagonal);
                minDiagonal = Math.min(minDiagonal, diagonal);
                infinity = Math.max(infinity, rowSum);
            }
            frobenius = Math.sqrt(squares);
            previousRadius = Double.POSITIVE_INFINITY;
            previousLambda = 0;
        }

        @Override
        public double solve(double radius, double[] step) {
            double gradientNorm = Vectors.norm2(gradient);
            double normBound = Math.min(frobenius, infinity);
            double lower = Math.max(0, Math.max(-minDiagonal,
                    gradientNorm / radius - Math.min(gershgorinUpper, normBound)));
            double upper = Math.max(0, gradientNorm / radius + Math.min(-gershgorinLower, normBound));
            if (radius < previousRadius) {
                lower = Math.max(lower, previousLambda);
            }
            double lambda = lower == 0 ? 0 : interior(lower, upper);
            boundary = true;
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                int failed = cholesky.factor(hessian, lambda, 0);
                if (failed != Cholesky.SUCCESS) {
                    double gap = cholesky.singularityGap(failed, z);
                    double v = Vectors.norm2(z);
                    lower = Math.max(lower, lambda + gap / (v * v));
                    lambda = interior(lower, upper);
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    step[i] = -gradient[i];
                }
                cholesky.solve(step, step);
                double stepNorm = Vectors.norm2(step);
                if (lambda == 0 && stepNorm <= radius) {
                    boundary = false;
                    return remember(radius, lambda, step);
                }
                if (Math.abs(stepNorm - radius) <= EASY * radius) {
                    return remember(radius, lambda, step);
                }
                cholesky.solveLower(step, q);
                double qNorm = Vectors.norm2(q);
                double next = lambda + (stepNorm / qNorm) * (stepNorm / qNorm) * (stepNorm - radius) / radius;
                if (stepNorm < radius) {
                    upper = Math.min(upper, lambda);
                    double sigma = cholesky.smallestSingularValue(z);
                    lower = Math.max(lower, lambda - sigma * sigma);
                    double tau = smallerRoot(step, radius);
                    double curvature = quadratic(step) + lambda * stepNorm * stepNorm;
                    if (tau * tau * sigma * sigma <= HARD * (curvature + lambda * radius * radius)) {
                        Vectors.axpy(tau, z, step);
                        return remember(radius, lambda, step);
                    }
                } else {
                    lower = Math.max(lower, lambda);
                }
                lambda = next > lower && next < upper ? next : interior(lower, upper);
            }
            return cauchyPoint(radius, step);
        }

        /** A point inside (λ_L, λ_U), nearer λ_L. */
        private static double interior(double lower, double upper) {
            return Math.max(Math.sqrt(lower * upper), lower + INTERIOR_FRACTION * (upper - lower));
        }

        /** The root of ‖p + τz‖ = Δ (z a unit vector) of smaller magnitude. */
        private double smallerRoot(double[] p, double radius) {
            double b = Vectors.dot(p, z);
            double c = Vectors.dot(p, p) - radius * radius;
            double root = Math.sqrt(b * b - c);
            double far = -(b + Math.copySign(root, b));
            double near = c / far;
            return Math.abs(near) <= Math.abs(far) ? near : far;
        }

        /** pᵀBp. */
        private double quadratic(double[] p) {
            for (int i = 0; i < n; i++) {
                product[i] = Vectors.dot(hessian[i], p);
            }
            return Vectors.dot(p, product);
        }

        /** The predicted reduction −m(p), noting λ for the next solve at this point. */
        private double remember(double radius, double lambda, double[] step) {
            previousRadius = radius;
            previousLambda = lambda;
            return -(Vectors.dot(gradient, step) + 0.5 * quadratic(step));
        }

        @Override
        public boolean onBoundary() {
            return boundary;
        }

        /** The Cauchy point, the model's minimizer along −g within the region. */
        private double cauchyPoint(double radius, double[] step) {
            double gradientNorm = Vectors.norm2(gradient);
            double curvature = quadratic(gradient);
            double tau = radius / gradientNorm;
            if (curvature > 0) {
                tau = Math.min(tau, gradientNorm * gradientNorm / curvature);
            }
            boundary = tau * gradientNorm >= radius;
            for (int i = 0; i < n; i++) {
                step[i] = -tau * gradient[i];
            }
            return -(Vectors.dot(gradient, step) + 0.5 * quadratic(step));
        }
    }
}
