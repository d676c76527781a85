package steepest.optimizers;

import java.util.random.RandomGenerator;

/**
 * An objective whose evaluations are random draws around an exact objective: a noisy oracle, such
 * as a gradient with controlled noise added. The exception to {@link Objective}'s rule that the same
 * x gives the same bits: here the same x and the same run's random stream give the same bits.
 *
 * <p>The {@link Driver} keeps runs reproducible and honest with it: before the search starts it calls
 * {@link #start} with the run's random stream; the optimizer sees only the noisy evaluations (through
 * the {@link Oracle}, counted as usual); the recorder observes {@link #exact()}, uncounted, so the f
 * and ‖∇f‖ a run reports, and the tolerances and targets checked on them, are those of the true
 * objective; and the oracle never hands the optimizer an exact evaluation it observed.
 */
public interface StochasticObjective extends Objective {

    /** The exact objective the noise is added to (deterministic, as {@link Objective} requires). */
    Objective exact();

    /**
     * Starts a run: from now on draws come from a stream derived from {@code random}. Implementations
     * should take their own stream from it (e.g. {@code new SplittableRandom(random.nextLong())}) so
     * that the optimizer's draws from {@code random} do not depend on how many noise draws are made.
     * A run's evaluations before this call are an error.
     *
     * @param random the run's random stream; one value may be drawn from it here
     */
    void start(RandomGenerator random);

    /** {@code objective}'s exact objective if it is stochastic, else {@code objective} itself. */
    static Objective exactOf(Objective objective) {
        return objective instanceof StochasticObjective stochastic ? stochastic.exact() : objective;
    }
}
