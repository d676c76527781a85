package steepest.optimizers.firstorder;

import java.util.random.RandomGenerator;
import steepest.optimizers.Oracle;

/**
 * How a {@link GradientMethod} estimates the gradient: the full batch (batch gradient descent), one
 * sample (stochastic) or a mini-batch of b, drawn with or without replacement. The same update
 * rule runs under any of them. Settings are immutable; {@link #start} creates the run's sampler,
 * seeded from the run's own random stream.
 */
public interface Sampling {

    /** Creates the sampler of one run. */
    Estimator start(Oracle oracle, RandomGenerator random);

    /** Whether this sampling needs a finite-sum objective. */
    boolean needsFiniteSum();

    /** The sampler of one run. */
    interface Estimator {

        /**
         * Writes a gradient estimate at x into {@code gradOut} and returns the matching value
         * estimate, spending (and counting) evaluations through the oracle.
         *
         * @param x       the point. Not modified.
         * @param gradOut receives the estimate. Modified.
         */
        double estimate(double[] x, double[] gradOut);

        /**
         * Sees the iterate x_{k+1} that the update rule made from this step's estimate, and may
         * replace it: an estimator whose epochs end at a randomly chosen inner iterate (option II
         * of SVRG, the output rule of SARAH) restarts from that iterate here. By default x is left
         * as it is.
         *
         * @param x the new iterate. Modified only by estimators that restart.
         */
        default void afterUpdate(double[] x) {
        }

        /**
         * Whether the last {@link #estimate} completed a pass over the data: always for the full
         * batch; for mini-batches, when the samples drawn since the last completed epoch reach n.
         * A {@link Plateau} schedule steps on it.
         */
        default boolean completedEpoch() {
            return true;
        }
    }
}
