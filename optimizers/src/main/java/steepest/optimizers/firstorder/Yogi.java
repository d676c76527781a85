package steepest.optimizers.firstorder;

import java.util.Arrays;
import steepest.optimizers.Checks;

/**
 * Yogi, as optax's {@code yogi} defines it ({@code scale_by_yogi}, then {@code scale_by_learning_rate}):
 * Adam whose second moment moves additively, by at most (1 − β2)·g² per step, so the effective rate
 * cannot grow abruptly. With m_0 = v_0 = v_init:
 * <pre>
 *   m_t = β1·m_{t-1} + (1 − β1)·g
 *   v_t = v_{t-1} − (1 − β2)·sign(v_{t-1} − g²)·g²
 *   x ← x − η·(m_t / (1 − β1^t)) / (√(v_t / (1 − β2^t) + ε_root) + ε)
 * </pre>
 * Reference: Zaheer et al., "Adaptive methods for nonconvex optimization", NeurIPS 2018, algorithm 2
 * (which has neither bias correction nor ε_root, starts m at 0 and suggests v_0 = 10⁻⁶; optax adds
 * the bias correction and starts both moments at initial_accumulator_value). optax requires a
 * learning rate; the default here, 1e-2, is the paper's.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1) ({@code beta1})
 * @param beta2        β2 in [0, 1) ({@code beta2})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param epsilonRoot  ε_root &gt;= 0 ({@code eps_root})
 * @param initial      v_init &gt; 0, the start of both moments ({@code initial_accumulator_value})
 */
public record Yogi(double learningRate, double beta1, double beta2, double epsilon, double epsilonRoot,
                   double initial) implements UpdateRule {

    /** The default η (optax has none; the paper's). */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    /** optax's default ε. */
    public static final double DEFAULT_EPSILON = 1e-3;
    /** optax's default initial_accumulator_value. */
    public static final double DEFAULT_INITIAL = 1e-6;

    /** Validates every field, naming the spec key. */
    public Yogi {
        RuleChecks.learningRate(learningRate);
        RuleChecks.beta("beta1", beta1);
        RuleChecks.beta("beta2", beta2);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("eps_root", epsilonRoot);
        Checks.positive("initial_accumulator_value", initial);
        Checks.finite("initial_accumulator_value", initial);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.BETA1;
    }

    @Override
    public Yogi withCycledMomentum(double value) {
        return new Yogi(learningRate, value, beta2, epsilon, epsilonRoot, initial);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] m;
        private final double[] v;
        private double b1 = beta1;
        private long step;

        State(int dimension) {
            m = new double[dimension];
            v = new double[dimension];
            Arrays.fill(m, initial);
            Arrays.fill(v, initial);
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
            for (int i = 0; i < x.length; i++) {
                double gi = g[i];
                double square = gi * gi;
                double mi = beta1 * m[i] + c1 * gi;
                double vOld = v[i];
                double vi = vOld - c2 * Sign.of(vOld - square) * square;
                m[i] = mi;
                v[i] = vi;
                x[i] += -lr * ((mi / correction1) / (Math.sqrt(vi / correction2 + epsilonRoot) + epsilon));
            }
        }
    }
}
