package steepest.optimizers.firstorder;

/**
 * The settings of a first-order update rule (SGD, Adam, ...): an immutable record with torch.optim's
 * semantics and defaults. {@link #start(int)} allocates a run's state once; the rule object itself
 * holds no run state, so one rule can drive many runs in parallel. Composition with a
 * {@link Schedule}, {@link Clipping} and a gradient {@link Sampling} happens in
 * {@link GradientMethod}, so every rule runs batch, stochastic and mini-batch alike.
 */
public interface UpdateRule {

    /** The base learning rate η ({@code lr}), which a {@link Schedule} scales. */
    double learningRate();

    /** Allocates the state (moments, buffers, step count t = 0) for a run in {@code dimension}. */
    State start(int dimension);

    /**
     * The mutable state of one run of a rule. The step count t it keeps is the only notion of time
     * the rule reads; applying an update allocates nothing.
     */
    interface State {

        /**
         * Applies update t (t = 1 on the first call) in place.
         *
         * @param x            the iterate x_{t-1}, replaced by x_t. Modified.
         * @param gradient     the gradient estimate at x_{t-1}. Not modified (coupled weight decay
         *                     is added on the fly, as torch adds it to a copy).
         * @param learningRate the learning rate for this step, after the schedule
         */
        void applyInPlace(double[] x, double[] gradient, double learningRate);
    }
}
