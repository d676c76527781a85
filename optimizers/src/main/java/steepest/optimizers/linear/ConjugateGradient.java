package steepest.optimizers.linear;

import java.util.Arrays;
import steepest.optimizers.linalg.Vectors;

/**
 * The conjugate gradient method for A·x = b with A symmetric, started at x = 0 (Hestenes and
 * Stiefel, 1952; Nocedal and Wright, "Numerical Optimization", 2nd ed., Algorithm 5.2):
 * <pre>
 *   r₀ = b, p₀ = r₀;   αⱼ = rⱼᵀrⱼ / pⱼᵀApⱼ,  xⱼ₊₁ = xⱼ + αⱼpⱼ,  rⱼ₊₁ = rⱼ − αⱼApⱼ,
 *   βⱼ = rⱼ₊₁ᵀrⱼ₊₁ / rⱼᵀrⱼ,  pⱼ₊₁ = rⱼ₊₁ + βⱼpⱼ
 * </pre>
 * It stops when ‖rⱼ‖ &lt;= tolerance (absolute; callers pass a relative one times ‖b‖), after a
 * maximum number of iterations, or when it meets a direction of non-positive curvature pⱼᵀApⱼ &lt;= 0.
 * The last is how truncated Newton detects an indefinite Hessian (Nocedal and Wright, Algorithm
 * 7.1): x then holds the last iterate, which is 0 when it happens at the first direction. For a
 * positive definite A (a damped Fisher matrix) it never happens.
 *
 * <p>One instance per run: the residual, direction and product buffers are allocated once, so a
 * solve allocates nothing. Not thread-safe.
 */
public final class ConjugateGradient {

    /** How a solve ended. */
    public enum Outcome {
        /** The residual norm fell to the tolerance. */
        CONVERGED,
        /** The iteration cap was reached first; x holds the last iterate. */
        MAX_ITERATIONS,
        /** A direction of non-positive curvature pᵀAp &lt;= 0 was met; x holds the iterate before it. */
        NEGATIVE_CURVATURE
    }

    private final double[] residual;
    private final double[] direction;
    private final double[] product;
    private int iterations;

    /** Allocates the workspaces for systems of size {@code dimension}. */
    public ConjugateGradient(int dimension) {
        residual = new double[dimension];
        direction = new double[dimension];
        product = new double[dimension];
    }

    /**
     * Solves A·x = b approximately from x = 0.
     *
     * @param a             the operator A, symmetric
     * @param b             the right-hand side. Not modified.
     * @param x             receives the approximate solution. Modified.
     * @param tolerance     stop when ‖b − A·x‖₂ &lt;= this, &gt;= 0
     * @param maxIterations at most this many products with A, &gt;= 1
     * @return how the solve ended; {@link #iterations()} says after how many products
     */
    public Outcome solve(LinearOperator a, double[] b, double[] x, double tolerance, int maxIterations) {
        Arrays.fill(x, 0.0);
        System.arraycopy(b, 0, residual, 0, b.length);
        System.arraycopy(b, 0, direction, 0, b.length);
        double rr = Vectors.dot(residual, residual);
        double target = tolerance * tolerance;
        iterations = 0;
        while (rr > target) {
            if (iterations == maxIterations) {
                return Outcome.MAX_ITERATIONS;
            }
            a.apply(direction, product);
            iterations++;
            double curvature = Vectors.dot(direction, product);
            if (!(curvature > 0)) {
                return Outcome.NEGATIVE_CURVATURE;
            }
            double alpha = rr / curvature;
            Vectors.axpy(alpha, direction, x);
            Vectors.axpy(-alpha, product, residual);
            double next = Vectors.dot(residual, residual);
            double beta = next / rr;
            rr = next;
            for (int i = 0; i < direction.length; i++) {
                direction[i] = residual[i] + beta * direction[i];
            }
        }
        return Outcome.CONVERGED;
    }

    /** The number of products with A of the last solve. */
    public int iterations() {
        return iterations;
    }
}
