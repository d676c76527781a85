package steepest.optimizers.firstorder;

/**
 * Adam with coupled weight decay and the AMSGrad option, exactly as {@code torch.optim.Adam}
 * defines it. With g_t the gradient estimate at x_{t-1} and m_0 = v_0 = v̂_0 = 0:
 * <pre>
 *   g ← g + λ·x
 *   m_t = β1·m_{t-1} + (1 − β1)·g,   v_t = β2·v_{t-1} + (1 − β2)·g²
 *   v̂_t = max(v̂_{t-1}, v_t) (AMSGrad)  or  v̂_t = v_t
 *   x_t = x_{t-1} − (η / (1 − β1^t))·m_t / (√v̂_t / √(1 − β2^t) + ε)
 * </pre>
 * ε is added after the bias correction of v (Kingma and Ba's paper adds it to √v̂ after
 * correction too; nd4j adds it before, see the tests). References: Kingma and Ba, "Adam: a method
 * for stochastic optimization", ICLR 2015, algorithm 1; Reddi, Kale and Kumar, "On the convergence
 * of Adam and beyond", ICLR 2018, algorithm 2 (AMSGrad; torch keeps the maximum of the raw v and
 * bias-corrects it).
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1) ({@code beta1})
 * @param beta2        β2 in [0, 1) ({@code beta2})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param weightDecay  λ &gt;= 0, coupled ({@code weight_decay})
 * @param amsgrad      use the running maximum of v ({@code amsgrad})
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                   boolean amsgrad) implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    /** torch's default β1. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** torch's default β2. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** torch's default ε. */
    public static final double DEFAULT_EPSILON = 1e-8;

    /** Validates every field, naming the spec key. */
    public Adam {
        RuleChecks.learningRate(learningRate);
        RuleChecks.beta("beta1", beta1);
        RuleChecks.beta("beta2", beta2);
        RuleChecks.epsilon(epsilon);
        RuleChecks.nonNegative("weight_decay", weightDecay);
    }

    @Override
    public CycledMomentum cycledMomentum() {
        return CycledMomentum.BETA1;
    }

    @Override
    public Adam withCycledMomentum(double value) {
        return new Adam(learningRate, value, beta2, epsilon, weightDecay, amsgrad);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new AdamState(dimension, beta1, beta2, epsilon, weightDecay, 0, amsgrad);
    }
}
