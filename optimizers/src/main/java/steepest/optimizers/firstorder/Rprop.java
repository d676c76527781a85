package steepest.optimizers.firstorder;

import java.util.Arrays;
import steepest.optimizers.Checks;

/**
 * Resilient backpropagation, exactly as {@code torch.optim.Rprop} (1.13) defines it: every
 * coordinate keeps its own step size s, started at the learning rate, grown by η+ while the sign of
 * its gradient holds and shrunk by η− when it flips, and moves by s against the sign of the gradient:
 * <pre>
 *   p = g·g_prev,   s ← clamp(s·(η+ if p &gt; 0, η− if p &lt; 0, else 1), s_min, s_max)
 *   if p &lt; 0: g ← 0            (no move, and the next step sees no sign change)
 *   x ← x − sign(g)·s,   g_prev ← g
 * </pre>
 * Only the gradients' signs matter, so Rprop suits full batches. References: Riedmiller and Braun,
 * "A direct adaptive method for faster backpropagation learning: the RPROP algorithm", IEEE ICNN
 * 1993; torch's variant, which zeroes the gradient after a sign change instead of reverting the
 * step, is iRprop− of Igel and Hüsken, "Improving the Rprop learning algorithm", NC 2000. As in torch, the learning rate
 * a schedule gives enters only the first step, as the initial step sizes; torch's
 * {@code etas} and {@code step_sizes} pairs are the keys eta_minus, eta_plus, step_size_min and
 * step_size_max. No weight decay (torch 1.13 has none for Rprop).
 *
 * @param learningRate the initial step size &gt; 0 ({@code lr})
 * @param etaMinus     η− in (0, 1) ({@code eta_minus})
 * @param etaPlus      η+ &gt; 1 ({@code eta_plus})
 * @param stepSizeMin  s_min &gt;= 0 ({@code step_size_min})
 * @param stepSizeMax  s_max &gt;= s_min ({@code step_size_max})
 */
public record Rprop(double learningRate, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax)
        implements UpdateRule {

    /** torch's default lr. */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;
    /** torch's default η−. */
    public static final double DEFAULT_ETA_MINUS = 0.5;
    /** torch's default η+. */
    public static final double DEFAULT_ETA_PLUS = 1.2;
    /** torch's default s_min. */
    public static final double DEFAULT_STEP_SIZE_MIN = 1e-6;
    /** torch's default s_max. */
    public static final double DEFAULT_STEP_SIZE_MAX = 50;

    /** Validates every field with torch's checks (and finite bounds), naming the spec key. */
    public Rprop {
        RuleChecks.learningRate(learningRate);
        if (!(etaMinus > 0 && etaMinus < 1)) {
            throw new IllegalArgumentException("eta_minus must be in (0, 1), got " + etaMinus);
        }
        Checks.finite("eta_plus", etaPlus);
        if (!(etaPlus > 1)) {
            throw new IllegalArgumentException("eta_plus must be > 1, got " + etaPlus);
        }
        RuleChecks.nonNegative("step_size_min", stepSizeMin);
        Checks.finite("step_size_max", stepSizeMax);
        if (!(stepSizeMax >= stepSizeMin)) {
            throw new IllegalArgumentException("step_size_max must be >= step_size_min, got " + stepSizeMax + " < "
                    + stepSizeMin);
        }
    }

    @Override
    public UpdateRule.State start(int dimension) {
        return new State(dimension);
    }

    private final class State implements UpdateRule.State {
        private final double[] previous;
        private final double[] stepSize;
        private boolean started;

        State(int dimension) {
            previous = new double[dimension];
            stepSize = new double[dimension];
        }

        @Override
        public void applyInPlace(double[] x, double[] g, double lr) {
            if (!started) {
                Arrays.fill(stepSize, lr);
                started = true;
            }
            for (int i = 0; i < x.length; i++) {
                double gi = g[i];
                double product = gi * previous[i];
                double factor = product > 0 ? etaPlus : product < 0 ? etaMinus : 1;
                double si = stepSize[i] * factor;
                si = si < stepSizeMin ? stepSizeMin : si > stepSizeMax ? stepSizeMax : si;
                stepSize[i] = si;
                if (product < 0) {
                    gi = 0;
                }
                x[i] += gi > 0 ? -si : gi < 0 ? si : 0;
                previous[i] = gi;
            }
        }
    }
}
