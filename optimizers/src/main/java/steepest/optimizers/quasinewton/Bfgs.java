package steepest.optimizers.quasinewton;

import java.util.Arrays;
import steepest.optimizers.Memory;
import steepest.optimizers.Oracle;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.descent.InitialStep;
import steepest.optimizers.linalg.Vectors;

/**
 * BFGS with the inverse-Hessian update (Nocedal and Wright, "Numerical Optimization", 2nd ed.,
 * Algorithm 6.1): d_k = −H_k∇f_k and, with s = x_{k+1} − x_k, y = ∇f_{k+1} − ∇f_k, ρ = 1/yᵀs,
 * <pre>
 *   H_{k+1} = (I − ρ s yᵀ) H_k (I − ρ y sᵀ) + ρ s sᵀ                                 (6.17)
 *           = H_k − ρ(s (H_k y)ᵀ + (H_k y) sᵀ) + (ρ² yᵀH_k y + ρ) s sᵀ,
 * </pre>
 * an O(n²) update in place. H starts as I; with {@code scaled} (the default, Nocedal and Wright's
 * standard choice) it is rescaled to H₀ = (yᵀs / yᵀy)·I before the first update (eq. 6.20), else it
 * stays I as in scipy's BFGS. The first trial step is 1 once H has been updated; while H = I (the
 * first iteration, after a reset) it is {@link InitialStep}'s. A pair failing {@link Curvature} is
 * skipped; a failed line search resets H to I.
 *
 * <p>Measured on ½xᵀAx − 1ᵀx with A = diag(1 ... 10³), n = 50, to ‖∇f‖ &lt;= 10⁻⁸: 217 iterations
 * (219 gradients) scaled, 50 iterations (101 gradients) with H₀ = I; on Rosenbrock (n = 100) 595
 * and 507 iterations (649 and 922 gradients). Neither dominates.
 *
 * <p>State: the n×n matrix H and three n-vectors, allocated in {@link #start}. Meant for small and
 * medium n; use {@link Lbfgs} beyond a few thousand variables.
 *
 * @param scaled whether H₀ is rescaled by yᵀs / yᵀy before the first update ({@code h0=scaled}) or
 *               kept as I ({@code h0=identity})
 */
public record Bfgs(boolean scaled) implements DirectionRule {

    @Override
    public DirectionRule.State start(Oracle oracle) {
        return new State(oracle.dimension());
    }

    private final class State implements DirectionRule.State {
        private final double[][] inverse;
        private final double[] s;
        private final double[] y;
        private final double[] hy;
        private final int n;
        private final InitialStep initialStep = new InitialStep();
        private boolean identity;

        State(int n) {
            Memory.require("bfgs in dimension " + n + " (a dense inverse Hessian; lbfgs needs O(n))",
                    Memory.doubles((double) n * n));
            this.n = n;
            this.inverse = new double[n][n];
            this.s = new double[n];
            this.y = new double[n];
            this.hy = new double[n];
            reset();
        }

        @Override
        public double direction(double[] x, double value, double[] gradient, double[] direction) {
            for (int i = 0; i < n; i++) {
                double[] row = inverse[i];
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += row[j] * gradient[j];
                }
                direction[i] = -sum;
            }
            return identity ? initialStep.propose(value, Vectors.dot(gradient, direction), direction) : 1.0;
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            double sy = 0;
            double yy = 0;
            double gs = 0;
            for (int i = 0; i < n; i++) {
                s[i] = next[i] - x[i];
                y[i] = nextGradient[i] - gradient[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
                gs += gradient[i] * s[i];
            }
            initialStep.accepted(step, gs / step);
            if (!Curvature.acceptable(sy, gs)) {
                return;
            }
            if (identity && scaled) {
                double gamma = sy / yy;
                for (int i = 0; i < n; i++) {
                    inverse[i][i] = gamma;
                }
            }
            identity = false;
            double yhy = 0;
            for (int i = 0; i < n; i++) {
                double[] row = inverse[i];
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += row[j] * y[j];
                }
                hy[i] = sum;
                yhy += y[i] * sum;
            }
            double rho = 1 / sy;
            double ss = rho * rho * yhy + rho;
            for (int i = 0; i < n; i++) {
                double[] row = inverse[i];
                double si = s[i];
                double hyi = hy[i];
                for (int j = 0; j < n; j++) {
                    row[j] += -rho * (si * hy[j] + hyi * s[j]) + ss * si * s[j];
                }
            }
        }

        @Override
        public boolean reset() {
            boolean hadMemory = !identity;
            for (int i = 0; i < n; i++) {
                Arrays.fill(inverse[i], 0.0);
                inverse[i][i] = 1.0;
            }
            identity = true;
            return hadMemory;
        }
    }
}
