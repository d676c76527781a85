package steepest.optimizers.newton;

import java.util.EnumSet;
import java.util.Set;
import steepest.optimizers.Capability;
import steepest.optimizers.Memory;
import steepest.optimizers.Oracle;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.descent.InitialStep;
import steepest.optimizers.linear.ModifiedCholesky;

/**
 * Newton's method with Hessian modification (Nocedal and Wright, "Numerical Optimization", 2nd ed.,
 * Algorithm 3.2): d_k solves (∇²f(x_k) + τ_k I)·d = −∇f(x_k), with τ_k &gt;= 0 the smallest shift of
 * {@link ModifiedCholesky} (Algorithm 3.3) for which the Cholesky factorization succeeds, so d_k is a
 * descent direction also where ∇²f is indefinite; near a minimizer with a positive definite Hessian
 * τ_k = 0, the unit step is accepted and convergence is quadratic (Theorem 3.5). The first trial
 * step is always 1. If the Hessian is not finite the direction falls back to −∇f (unit length).
 *
 * <p>Each iteration costs one dense Hessian (counted separately by the oracle) and an O(n³)
 * factorization; the n×n Hessian and factor are allocated in {@link #start}.
 */
public record Newton() implements DirectionRule {

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
        private final double[][] hessian;
        private final double[] negativeGradient;
        private final ModifiedCholesky cholesky;

        State(Oracle oracle) {
            Memory.require("newton in dimension " + oracle.dimension() + " (a dense Hessian and its factor)",
                    Memory.doubles(2.0 * oracle.dimension() * oracle.dimension()));
            int n = oracle.dimension();
            this.oracle = oracle;
            this.hessian = new double[n][n];
            this.negativeGradient = new double[n];
            this.cholesky = new ModifiedCholesky(n);
        }

        @Override
        public double direction(double[] x, double value, double[] gradient, double[] direction) {
            for (int i = 0; i < gradient.length; i++) {
                negativeGradient[i] = -gradient[i];
            }
            oracle.hessian(x, hessian);
            if (!cholesky.factor(hessian)) {
                System.arraycopy(negativeGradient, 0, direction, 0, direction.length);
                return InitialStep.unitLength(direction);
            }
            cholesky.solve(negativeGradient, direction);
            return 1.0;
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            // Newton's method has no memory
        }

        @Override
        public boolean reset() {
            return false;
        }
    }
}
