package steepest.optimizers.quasinewton;

import steepest.optimizers.Checks;
import steepest.optimizers.Memory;
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
 * <p>State: 2(m + 1) n-vectors in a ring, allocated in {@link #start}; an iteration allocates
 * nothing and costs about 4mn flops besides the evaluation. At large n it is bound by memory
 * traffic: the recursion must read each stored vector twice (2·16mn bytes per iteration, 32 MB at
 * m = 10, n = 10⁵), so the other passes over n-vectors are fused (see {@code direction} and
 * {@code accept}).
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
        int n = oracle.dimension();
        Memory.require("lbfgs:m=" + memory + " in dimension " + n, Memory.doubles(2.0 * (memory + 1) * (n + 2)));
        return new State(n, memory);
    }

    /**
     * The ring of pairs: m + 1 slots, m of them holding the stored pairs (oldest to newest in
     * {@code order}) and one spare into which {@link #accept} writes the new pair in the same pass
     * that tests its curvature; an accepted pair takes the spare's place and the evicted slot
     * becomes the spare, so a rejected pair destroys nothing.
     */
    private static final class State implements DirectionRule.State {
        private final double[][] s;
        private final double[][] y;
        private final double[] rho;
        private final double[] alpha;
        private final int[] order;
        private final int n;
        private final InitialStep initialStep = new InitialStep();
        private int count;
        private int newest = -1;
        private int spare;
        private double gamma;

        State(int n, int memory) {
            this.n = n;
            this.s = new double[memory + 1][n];
            this.y = new double[memory + 1][n];
            this.rho = new double[memory + 1];
            this.alpha = new double[memory + 1];
            this.order = new int[memory];
            this.spare = memory;
            for (int k = 0; k < memory; k++) {
                order[k] = k;
            }
        }

        /**
         * The two-loop recursion with its passes over the n-vectors fused: each update of q also
         * forms the product the next step needs ({@link Vectors#addScaledDot}), the first one also
         * copies ∇f, and the scaling by γ and the final negation ride on loop 2, which works on
         * q' = r / γ (so βᵢ = γρᵢyᵢᵀq' and q' += ((αᵢ − βᵢ) / γ) sᵢ), its last update writing
         * d = −γ(q' + ((αᵢ − βᵢ) / γ) sᵢ) directly. Loop 1 ends and loop 2 starts at the oldest
         * pair, so the product of loop 2's first step comes with loop 1's last update.
         */
        @Override
        public double direction(double[] x, double value, double[] gradient, double[] direction) {
            double[] q = direction;
            if (count == 0) {
                for (int j = 0; j < n; j++) {
                    q[j] = -gradient[j];
                }
                return initialStep.propose(value, Vectors.dot(gradient, q), q);
            }
            int m = order.length;
            int oldest = (newest - count + 1 + m) % m;
            double[] from = gradient;
            double product = Vectors.dot(s[order[newest]], gradient);
            for (int k = 0, position = newest; k < count; k++, position = (position - 1 + m) % m) {
                int i = order[position];
                double a = rho[i] * product;
                alpha[i] = a;
                double[] next = k < count - 1 ? s[order[(position - 1 + m) % m]] : y[order[oldest]];
                product = Vectors.addScaledDot(from, -a, y[i], q, next);
                from = q;
            }
            for (int k = 0, position = oldest; k < count; k++, position = (position + 1) % m) {
                int i = order[position];
                double c = (alpha[i] - gamma * rho[i] * product) / gamma;
                if (k < count - 1) {
                    product = Vectors.addScaledDot(q, c, s[i], q, y[order[(position + 1) % m]]);
                } else {
                    Vectors.combine(-gamma, q, -gamma * c, s[i], q);
                }
            }
            return 1.0;
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            double[] si = s[spare];
            double[] yi = y[spare];
            double sy = 0;
            double yy = 0;
            double gs = 0;
            for (int j = 0; j < n; j++) {
                double sj = next[j] - x[j];
                double yj = nextGradient[j] - gradient[j];
                si[j] = sj;
                yi[j] = yj;
                sy += sj * yj;
                yy += yj * yj;
                gs += gradient[j] * sj;
            }
            initialStep.accepted(step, gs / step);
            if (!Curvature.acceptable(sy, gs)) {
                return;
            }
            int m = order.length;
            newest = (newest + 1) % m;
            int evicted = order[newest];
            order[newest] = spare;
            rho[spare] = 1 / sy;
            spare = evicted;
            gamma = sy / yy;
            count = Math.min(count + 1, m);
        }

        @Override
        public boolean reset() {
            boolean hadMemory = count > 0;
            count = 0;
            return hadMemory;
        }
    }
}
