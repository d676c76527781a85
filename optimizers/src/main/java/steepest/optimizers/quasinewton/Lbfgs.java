package steepest.optimizers.quasinewton;

import steepest.optimizers.Checks;
import steepest.optimizers.Oracle;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.descent.InitialStep;
import steepest.optimizers.linalg.Vectors;

/**
 * Limited-memory BFGS (Nocedal, Math. Comp. 35, 1980; Liu and Nocedal, Math. Prog. 45, 1989): the
 * direction d_k = −H_k∇f_k from the m most recent pairs sᵢ = x_{i+1} − xᵢ, yᵢ = ∇f_{i+1} − ∇fᵢ by
 * the two-loop recursion (Nocedal and Wright, "Numerical Optimization", 2nd ed., Algorithm 7.4)
 * <pre>
 *   q = ∇f_k;  for i = k−1, ..., k−m:  αᵢ = ρᵢ sᵢᵀq,  q = q − αᵢ yᵢ
 *   r = γ_k q,  γ_k = s_{k−1}ᵀy_{k−1} / y_{k−1}ᵀy_{k−1}                                   (7.20)
 *   for i = k−m, ..., k−1:  β = ρᵢ yᵢᵀr,  r = r + sᵢ(αᵢ − β);   d_k = −r
 * </pre>
 * with ρᵢ = 1/yᵢᵀsᵢ. The first trial step is 1, or {@link InitialStep}'s while the memory is empty
 * (the first iteration, after a reset).
 * A pair failing {@link Curvature} is skipped; a failed line search empties the memory.
 *
 * <p>State: 2m n-vectors in a ring, allocated in {@link #start}; an iteration allocates nothing and
 * costs about 4mn flops besides the evaluation.
 *
 * @param memory the number m of stored pairs, &gt;= 1 ({@code m})
 */
public record Lbfgs(int memory) implements DirectionRule {

    /** The customary memory, as in scipy's L-BFGS-B ({@code maxcor}) and torch.optim.LBFGS ({@code history_size}). */
    public static final int DEFAULT_MEMORY = 10;

    /** Validates, naming the spec key. */
    public Lbfgs {
        Checks.atLeast("m", memory, 1);
    }

    @Override
    public DirectionRule.State start(Oracle oracle) {
        return new State(oracle.dimension(), memory);
    }

    private static final class State implements DirectionRule.State {
        private final double[][] s;
        private final double[][] y;
        private final double[] rho;
        private final double[] alpha;
        private final int n;
        private final InitialStep initialStep = new InitialStep();
        private int count;
        private int newest = -1;
        private double gamma;

        State(int n, int memory) {
            this.n = n;
            this.s = new double[memory][n];
            this.y = new double[memory][n];
            this.rho = new double[memory];
            this.alpha = new double[memory];
        }

        @Override
        public double direction(double[] x, double value, double[] gradient, double[] direction) {
            double[] q = direction;
            System.arraycopy(gradient, 0, q, 0, n);
            int m = s.length;
            for (int k = 0, i = newest; k < count; k++, i = (i - 1 + m) % m) {
                double a = rho[i] * Vectors.dot(s[i], q);
                alpha[i] = a;
                Vectors.axpy(-a, y[i], q);
            }
            double scale = count > 0 ? gamma : 1.0;
            for (int j = 0; j < n; j++) {
                q[j] *= scale;
            }
            for (int k = 0, i = (newest - count + 1 + m) % m; k < count; k++, i = (i + 1) % m) {
                double b = rho[i] * Vectors.dot(y[i], q);
                Vectors.axpy(alpha[i] - b, s[i], q);
            }
            for (int j = 0; j < n; j++) {
                q[j] = -q[j];
            }
            return count > 0 ? 1.0 : initialStep.propose(value, Vectors.dot(gradient, direction), direction);
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            double sy = 0;
            double yy = 0;
            double gs = 0;
            for (int j = 0; j < n; j++) {
                double sj = next[j] - x[j];
                double yj = nextGradient[j] - gradient[j];
                sy += sj * yj;
                yy += yj * yj;
                gs += gradient[j] * sj;
            }
            initialStep.accepted(step, gs / step);
            if (!Curvature.acceptable(sy, gs)) {
                return;
            }
            int slot = (newest + 1) % s.length;
            double[] si = s[slot];
            double[] yi = y[slot];
            for (int j = 0; j < n; j++) {
                si[j] = next[j] - x[j];
                yi[j] = nextGradient[j] - gradient[j];
            }
            rho[slot] = 1 / sy;
            gamma = sy / yy;
            newest = slot;
            count = Math.min(count + 1, s.length);
        }

        @Override
        public boolean reset() {
            boolean hadMemory = count > 0;
            count = 0;
            return hadMemory;
        }
    }
}
