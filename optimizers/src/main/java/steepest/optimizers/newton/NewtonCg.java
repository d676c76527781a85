package steepest.optimizers.newton;

import java.util.EnumSet;
import java.util.Set;
import steepest.optimizers.Capability;
import steepest.optimizers.Oracle;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.descent.InitialStep;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linear.ConjugateGradient;
import steepest.optimizers.linear.LinearOperator;

/**
 * Truncated Newton, or line-search Newton-CG (Nocedal and Wright, "Numerical Optimization", 2nd ed.,
 * Algorithm 7.1): the direction approximately solves ∇²f(x_k)·d = −∇f(x_k) by
 * {@link ConjugateGradient} with Hessian-vector products only, to the residual
 * ‖∇²f·d + ∇f‖ &lt;= η_k‖∇f‖ with the forcing term η_k = min(0.5, √‖∇f‖) (eq. 7.3, superlinear
 * convergence, Theorem 7.2). CG stops at the first direction of non-positive curvature: if that is
 * its first direction, d = −∇f (first trial step of unit length), else the last CG iterate, which
 * is a descent direction (first trial step 1). CG runs at most n products.
 *
 * <p>Costs per iteration: one value and gradient per line-search trial plus the CG products
 * (counted as Hessian-vector products). No matrix is formed; the CG workspace is allocated in
 * {@link #start}, so an iteration allocates nothing.
 */
public record NewtonCg() implements DirectionRule {

    /** The cap on the forcing term η_k. */
    public static final double MAX_FORCING = 0.5;

    @Override
    public Set<Capability> requirements() {
        return EnumSet.of(Capability.HESSIAN);
    }

    @Override
    public DirectionRule.State start(Oracle oracle) {
        return new State(oracle);
    }

    private static final class State implements DirectionRule.State {
        private final Oracle oracle;
        private final double[] negativeGradient;
        private final ConjugateGradient cg;
        private final LinearOperator hessian;
        private double[] point;

        State(Oracle oracle) {
            this.oracle = oracle;
            this.negativeGradient = new double[oracle.dimension()];
            this.cg = new ConjugateGradient(oracle.dimension());
            this.hessian = (v, out) -> oracle.hessianVector(point, v, out);
        }

        @Override
        public double direction(double[] x, double value, double[] gradient, double[] direction) {
            point = x;
            for (int i = 0; i < gradient.length; i++) {
                negativeGradient[i] = -gradient[i];
            }
            double norm = Vectors.norm2(gradient);
            double tolerance = Math.min(MAX_FORCING, Math.sqrt(norm)) * norm;
            ConjugateGradient.Outcome outcome = cg.solve(hessian, negativeGradient, direction, tolerance,
                    gradient.length);
            if (outcome == ConjugateGradient.Outcome.NEGATIVE_CURVATURE && cg.iterations() == 1) {
                System.arraycopy(negativeGradient, 0, direction, 0, direction.length);
                return InitialStep.unitLength(direction);
            }
            return 1.0;
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            // truncated Newton has no memory
        }

        @Override
        public boolean reset() {
            return false;
        }
    }
}
