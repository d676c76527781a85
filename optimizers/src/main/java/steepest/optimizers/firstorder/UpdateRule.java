package steepest.optimizers.firstorder;

import java.util.List;
import steepest.optimizers.ParameterBlock;

/**
 * The settings of a first-order update rule (SGD, Adam, ...): an immutable record with torch.optim's
 * (or optax's) semantics and defaults. {@link #start} allocates a run's state once; the rule object
 * itself holds no run state, so one rule can drive many runs in parallel. Composition with a
 * {@link Schedule}, {@link Clipping} and a gradient {@link Sampling} happens in
 * {@link GradientMethod}, so every rule runs batch, stochastic and mini-batch alike. Wrappers
 * ({@link Lookahead}, {@link Averaging}, {@link ScheduleFree}) are update rules around an inner rule,
 * so they compose with all of it the same way.
 */
public interface UpdateRule {

    /** The base learning rate η ({@code lr}), which a {@link Schedule} scales. */
    double learningRate();

    /** Allocates the state (moments, buffers, step count t = 0) for a run in {@code dimension}. */
    State start(int dimension);

    /**
     * Allocates the state for a run whose variables form {@code blocks} (see
     * {@link steepest.optimizers.ParameterBlocks}). Rules that treat blocks separately (LAMB,
     * Adafactor) and wrappers override this; the others see one vector.
     *
     * @param blocks tiling [0, dimension) in order
     */
    default State start(List<ParameterBlock> blocks) {
        return start(blocks.get(blocks.size() - 1).end());
    }

    /**
     * Which hyperparameter a momentum-cycling schedule ({@code onecycle}, {@code cyclic}) drives, as
     * torch's schedulers find it in the optimizer's defaults: {@code momentum} (SGD, RMSprop),
     * {@code betas[0]} (the Adam family) or none.
     */
    default CycledMomentum cycledMomentum() {
        return CycledMomentum.NONE;
    }

    /**
     * This rule with the hyperparameter of {@link #cycledMomentum()} set to {@code value}, the value
     * a cycling schedule starts from (torch's schedulers overwrite the optimizer's own value).
     *
     * @throws UnsupportedOperationException if {@link #cycledMomentum()} is NONE
     */
    default UpdateRule withCycledMomentum(double value) {
        throw new UnsupportedOperationException("this rule has no momentum to cycle");
    }

    /**
     * Whether the point a run reports ({@link State#reported}) is always its working iterate. False
     * for the wrappers that report a slow, averaged or interpolated point; {@link Lookahead} and
     * {@link ScheduleFree} need an inner rule for which it is true.
     */
    default boolean reportsIterate() {
        return true;
    }

    /** The hyperparameter torch's momentum-cycling schedulers set: group['momentum'] or group['betas'][0]. */
    enum CycledMomentum {
        /** Neither: such a rule cannot run under a schedule with {@code cycle_momentum=true}. */
        NONE,
        /** torch's {@code momentum} key (SGD, RMSprop). */
        MOMENTUM,
        /** torch's {@code betas[0]}, the first-moment decay β1 (Adam and relatives). */
        BETA1
    }

    /**
     * Whether a run of this rule keeps a second point it does not report, its
     * {@link State#averagedIterate()} (ASGD's {@code ax}); false by default.
     */
    default boolean keepsAveragedIterate() {
        return false;
    }

    /**
     * The mutable state of one run of a rule. The step count t it keeps is the only notion of time
     * the rule reads; applying an update allocates nothing.
     */
    interface State {

        /**
         * Applies update t (t = 1 on the first call) in place.
         *
         * @param x            the working iterate x_{t-1} (the point the next gradient is taken
         *                     at), replaced by x_t. Modified.
         * @param gradient     the gradient estimate at x_{t-1}. Not modified (coupled weight decay
         *                     is added on the fly, as torch adds it to a copy).
         * @param learningRate the learning rate for this step, after the schedule
         */
        void applyInPlace(double[] x, double[] gradient, double learningRate);

        /**
         * Sets the cycled momentum (see {@link UpdateRule#cycledMomentum()}) for the next update on,
         * as torch's schedulers write it into the parameter group between steps.
         *
         * @throws UnsupportedOperationException if the rule has none
         */
        default void setCycledMomentum(double value) {
            throw new UnsupportedOperationException("this rule has no momentum to cycle");
        }

        /**
         * The point this run reports as x_k, which the {@link steepest.optimizers.Driver} observes,
         * records and returns ({@code Search.x()}): the working iterate itself for plain rules; the
         * slow weights for Lookahead, the average for Polyak and EMA averaging, the averaged
         * sequence x for schedule-free methods (whose working iterate is the gradient point y).
         *
         * @param iterate the working iterate. Not modified.
         * @return a read-only view, valid until the next update
         */
        default double[] reported(double[] iterate) {
            return iterate;
        }

        /**
         * A second point the rule keeps without reporting it (ASGD's {@code ax}), or null; see
         * {@link steepest.optimizers.Search#averagedIterate()}.
         */
        default double[] averagedIterate() {
            return null;
        }
    }
}
