package steepest.optimizers.firstorder;

import java.util.List;
import steepest.optimizers.ParameterBlock;

/**
 * LAMB (layer-wise adaptive moments for batch training), as optax's {@code lamb} defines it
 * ({@code scale_by_adam}, {@code add_decayed_weights}, {@code scale_by_trust_ratio},
 * {@code scale_by_learning_rate}): an Adam direction plus decoupled weight decay, rescaled per
 * parameter block B so that its norm is the block's norm. With m_0 = v_0 = 0:
 * <pre>
 *   m_t = β1·m_{t-1} + (1 − β1)·g,   v_t = β2·v_{t-1} + (1 − β2)·g²
 *   u = (m_t / (1 − β1^t)) / (√(v_t / (1 − β2^t) + ε_root) + ε) + λ·x
 *   r_B = ‖x_B‖ / ‖u_B‖  (1 when either norm is 0),   x_B ← x_B − η·r_B·u_B
 * </pre>
 * so every block moves by exactly η·‖x_B‖. The blocks are the problem's
 * {@link steepest.optimizers.ParameterBlocks} (an MLP's weight matrices and bias vectors, as
 * optax's per-array trust ratio sees a network's parameters); a problem without them is one
 * block. Each block takes two passes: the first updates the moments and sums ‖x_B‖² and ‖u_B‖²,
 * the second recomputes u from the stored moments and moves x. Reference: You et al., "Large batch
 * optimization for deep learning: training BERT in 76 minutes", ICLR 2020, algorithm 2 (with the
 * identity scaling φ). optax requires a learning rate; the default here is 1e-3.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1) ({@code beta1})
 * @param beta2        β2 in [0, 1) ({@code beta2})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param epsilonRoot  ε_root &gt;= 0 ({@code eps_root})
 * @param weightDecay  λ &gt;= 0, decoupled ({@code weight_decay})
 */
public record Lamb(double learningRate, double beta1, double beta2, double epsilon, double epsilonRoot,
                   double weightDecay) implements UpdateRule {

    /** The default η (optax has none). */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    /** optax's default ε. */
    public static final double DEFAULT_EPSILON = 1e-6;

    /** Validates every field, naming the spec key. */
    public Lamb {
        RuleChecks.learningRate(learningRate);
        RuleChecks.beta("beta1", beta1);
        RuleChecks.beta("beta2", beta2);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("eps_root", epsilonRoot);
        RuleChecks.nonNegative("weight_decay", weightDecay);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.BETA1;
    }

    @Override
    public Lamb withCycledMomentum(double value) {
        return new Lamb(learningRate, value, beta2, epsilon, epsilonRoot, weightDecay);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return start(List.of(ParameterBlock.vector(0, dimension)));
    }

    @Override
    public UpdateRule.State start(List<ParameterBlock> blocks) {
        return new State(blocks);
    }

    private final class State implements UpdateRule.State {
        private final int[] bounds;
        private final double[] m;
        private final double[] v;
        private double b1 = beta1;
        private long step;

        State(List<ParameterBlock> blocks) {
            bounds = new int[blocks.size() + 1];
            for (int b = 0; b < blocks.size(); b++) {
                bounds[b + 1] = blocks.get(b).end();
            }
            m = new double[bounds[blocks.size()]];
            v = new double[m.length];
        }

        @Override
        public void setCycledMomentum(double value) {
            b1 = value;
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            step++;
            double beta1 = b1;
            double correction1 = 1 - Math.pow(beta1, step);
            double correction2 = 1 - Math.pow(beta2, step);
            double c1 = 1 - beta1;
            double c2 = 1 - beta2;
            double[] mm = m;
            double[] vv = v;
            for (int b = 0; b + 1 < bounds.length; b++) {
                double parameterSquares = 0;
                double updateSquares = 0;
                for (int i = bounds[b]; i < bounds[b + 1]; i++) {
                    double xi = x[i];
                    double gi = g[i];
                    double mi = beta1 * mm[i] + c1 * gi;
                    double vi = beta2 * vv[i] + c2 * (gi * gi);
                    mm[i] = mi;
                    vv[i] = vi;
                    double u = direction(mi / correction1, vi / correction2, xi);
                    parameterSquares += xi * xi;
                    updateSquares += u * u;
                }
                double ratio = parameterSquares == 0 || updateSquares == 0 ? 1
                        : Math.sqrt(parameterSquares) / Math.sqrt(updateSquares);
                double scale = -lr * ratio;
                for (int i = bounds[b]; i < bounds[b + 1]; i++) {
                    double xi = x[i];
                    x[i] = xi + scale * direction(mm[i] / correction1, vv[i] / correction2, xi);
                }
            }
        }

        /** u for one coordinate from its bias-corrected moments m̂, v̂ and x. */
        private double direction(double mHat, double vHat, double xi) {
            return mHat / (Math.sqrt(vHat + epsilonRoot) + epsilon) + weightDecay * xi;
        }
    }
}
