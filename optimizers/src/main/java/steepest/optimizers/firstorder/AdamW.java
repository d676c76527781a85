package steepest.optimizers.firstorder;

/**
 * Adam with decoupled weight decay, exactly as {@code torch.optim.AdamW} defines it: the iterate
 * is shrunk by the scheduled learning rate before the Adam step on the raw gradient,
 * <pre>
 *   x ← (1 − η·λ)·x
 *   m_t = β1·m_{t-1} + (1 − β1)·g,   v_t = β2·v_{t-1} + (1 − β2)·g²,   v̂_t as in {@link Adam}
 *   x_t = x − (η / (1 − β1^t))·m_t / (√v̂_t / √(1 − β2^t) + ε)
 * </pre>
 * Reference: Loshchilov and Hutter, "Decoupled weight decay regularization", ICLR 2019,
 * algorithm 2 (torch multiplies the decay by the scheduled η, i.e. the paper's schedule
 * multiplier times α).
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param beta1        β1 in [0, 1) ({@code beta1})
 * @param beta2        β2 in [0, 1) ({@code beta2})
 * @param epsilon      ε &gt; 0 ({@code eps})
 * @param weightDecay  λ &gt;= 0, decoupled ({@code weight_decay})
 * @param amsgrad      use the running maximum of v ({@code amsgrad})
 */
public record AdamW(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                    boolean amsgrad) implements UpdateRule {

    /** torch's default decoupled weight decay. */
    public static final double DEFAULT_WEIGHT_DECAY = 1e-2;

    /** Validates every field, naming the spec key. */
    public AdamW {
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
    public AdamW withCycledMomentum(double value) {
        return new AdamW(learningRate, value, beta2, epsilon, weightDecay, amsgrad);
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new AdamState(dimension, beta1, beta2, epsilon, 0, weightDecay, amsgrad);
    }
}
