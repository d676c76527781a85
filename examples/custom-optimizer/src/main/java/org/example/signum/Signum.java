package org.example.signum;

import steepest.optimizers.firstorder.UpdateRule;

/**
 * Signum, sign descent with momentum (Bernstein, Wang, Azizzadenesheli and Anandkumar, "signSGD:
 * compressed optimisation for non-convex problems", ICML 2018, Algorithm 1 with momentum):
 * <pre>
 *   m_t = β·m_{t−1} + (1 − β)·g_t,   m_0 = 0
 *   x_t = x_{t−1} − η·sign(m_t)
 * </pre>
 * Every coordinate moves by exactly η (or not at all where m is zero), whatever the gradient's scale.
 * As an {@link UpdateRule} it runs through the suite's gradient method, so it takes the shared keys
 * of every first-order rule: mini-batches, schedules, warm-up and clipping.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param momentum     β in [0, 1) ({@code momentum}); 0 is plain sign descent
 */
public record Signum(double learningRate, double momentum) implements UpdateRule {

    /** The default step, 1e-3. */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    /** The default momentum, 0.9 (the paper's). */
    public static final double DEFAULT_MOMENTUM = 0.9;

    /** Validates both settings, naming the spec key. */
    public Signum {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("lr must be a finite number > 0, got " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
    }

    @Override
    public UpdateRule.State start(int dimension) {
        double[] average = new double[dimension];
        return (x, gradient, rate) -> {
            for (int i = 0; i < x.length; i++) {
                average[i] = momentum * average[i] + (1 - momentum) * gradient[i];
                x[i] -= rate * Math.signum(average[i]);
            }
        };
    }
}
