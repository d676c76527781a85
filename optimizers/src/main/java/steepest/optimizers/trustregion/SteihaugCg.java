package steepest.optimizers.trustregion;

import java.util.Arrays;
import steepest.optimizers.Oracle;
import steepest.optimizers.linalg.Vectors;

/**
 * The Steihaug–Toint truncated conjugate gradient method for the trust-region subproblem (Steihaug,
 * "The conjugate gradient method and trust regions in large scale optimization", SIAM J. Numer.
 * Anal. 20(3), 1983; Toint, 1981; Nocedal and Wright, "Numerical Optimization", 2nd ed., Algorithm
 * 7.2): CG on B·p = −g with B = ∇²f(x) applied by Hessian-vector products only, from p = 0,
 * stopped at
 * <ul>
 *   <li>the residual ‖r_j‖ &lt; ε = min(½, √‖g‖)·‖g‖ (the forcing term of Newton-CG, superlinear
 *       convergence; scipy's choice): the interior CG iterate;</li>
 *   <li>a direction of non-positive curvature d_jᵀB·d_j &lt;= 0: the point z_j + τd_j on the boundary
 *       with the lower model value of the two;</li>
 *   <li>an iterate outside the region: the boundary point z_j + τd_j, τ &gt;= 0.</li>
 * </ul>
 * The model value is carried along, m(z + τd) = m(z) + τ·(g + Bz)ᵀd + ½τ²·dᵀBd with g + Bz the CG
 * residual, so the predicted reduction costs no product beyond CG's own (scipy spends one more per
 * iteration, two more at negative curvature). Each CG step costs one Hessian-vector product; at most
 * {@value #PRODUCTS_PER_DIMENSION}·n per subproblem, a guard against rounding that keeps CG from
 * ever meeting its tolerance.
 */
public record SteihaugCg() implements Subproblem {

    /** The cap on products per subproblem, times n. */
    public static final int PRODUCTS_PER_DIMENSION = 10;

    @Override
    public Subproblem.State start(Oracle oracle) {
        return new State(oracle);
    }

    private static final class State implements Subproblem.State {
        private final Oracle oracle;
        private final double[] residual;
        private final double[] direction;
        private final double[] product;
        private double[] point;
        private double[] gradient;
        private boolean boundary;
        private double lowRoot;
        private double highRoot;

        State(Oracle oracle) {
            int n = oracle.dimension();
            this.oracle = oracle;
            this.residual = new double[n];
            this.direction = new double[n];
            this.product = new double[n];
        }

        @Override
        public void linearize(double[] x, double[] g) {
            point = x;
            gradient = g;
        }

        @Override
        public double solve(double radius, double[] step) {
            int n = step.length;
            double gradientNorm = Vectors.norm2(gradient);
            double tolerance = Math.min(0.5, Math.sqrt(gradientNorm)) * gradientNorm;
            Arrays.fill(step, 0.0);
            System.arraycopy(gradient, 0, residual, 0, n);
            for (int i = 0; i < n; i++) {
                direction[i] = -gradient[i];
            }
            double rr = Vectors.dot(residual, residual);
            double model = 0;
            boundary = false;
            for (int products = 0; products < PRODUCTS_PER_DIMENSION * n; products++) {
                oracle.hessianVector(point, direction, product);
                double curvature = Vectors.dot(direction, product);
                double slope = Vectors.dot(residual, direction);
                if (!(curvature > 0)) {
                    boundaryRoots(step, radius);
                    double low = modelChange(lowRoot, slope, curvature);
                    double high = modelChange(highRoot, slope, curvature);
                    return toBoundary(step, low < high ? lowRoot : highRoot, model, slope, curvature);
                }
                double alpha = rr / curvature;
                double next = 0;
                for (int i = 0; i < n; i++) {
                    double zi = step[i] + alpha * direction[i];
                    next += zi * zi;
                }
                if (Math.sqrt(next) >= radius) {
                    boundaryRoots(step, radius);
                    return toBoundary(step, highRoot, model, slope, curvature);
                }
                Vectors.axpy(alpha, direction, step);
                model += modelChange(alpha, slope, curvature);
                Vectors.axpy(alpha, product, residual);
                double rrNext = Vectors.dot(residual, residual);
                if (Math.sqrt(rrNext) < tolerance) {
                    break;
                }
                double beta = rrNext / rr;
                rr = rrNext;
                for (int i = 0; i < n; i++) {
                    direction[i] = beta * direction[i] - residual[i];
                }
            }
            return -model;
        }

        /** m(z + τd) − m(z) = τ·(g + Bz)ᵀd + ½τ²·dᵀBd. */
        private static double modelChange(double tau, double slope, double curvature) {
            return tau * slope + 0.5 * tau * tau * curvature;
        }

        /** step ← z + τd on the boundary; returns the predicted reduction there. */
        private double toBoundary(double[] step, double tau, double model, double slope, double curvature) {
            Vectors.axpy(tau, direction, step);
            boundary = true;
            return -(model + modelChange(tau, slope, curvature));
        }

        /**
         * The two roots {@link #lowRoot} &lt;= {@link #highRoot} of ‖z + τd‖ = Δ, computed without
         * cancellation (the larger-magnitude root from the quadratic formula with the sign of b, the
         * other from the product of the roots).
         */
        private void boundaryRoots(double[] z, double radius) {
            double a = Vectors.dot(direction, direction);
            double b = 2 * Vectors.dot(z, direction);
            double c = Vectors.dot(z, z) - radius * radius;
            double root = Math.sqrt(b * b - 4 * a * c);
            double q = -0.5 * (b + Math.copySign(root, b));
            double first = q / a;
            double second = c / q;
            lowRoot = Math.min(first, second);
            highRoot = Math.max(first, second);
        }

        @Override
        public boolean onBoundary() {
            return boundary;
        }
    }
}
