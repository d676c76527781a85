package steepest.optimizers;

import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * An optimization method with fixed settings. Optimizers are immutable values (usually records that
 * validate their settings) and hold no run state, so one optimizer can drive many runs in parallel;
 * {@link #start} allocates a run's state once.
 *
 * <p>How the families plug in (see {@code package-info.java} for the full list): first-order
 * update rules, line-search methods, Newton-type methods, Frank-Wolfe, projected, proximal,
 * natural-gradient and subgradient methods all implement this one interface and differ only in
 * which {@link Oracle} calls their {@link Search#step()} makes and which {@link #requirements()}
 * they declare.
 */
public interface Optimizer {

    /**
     * Starts a run at {@code x0}.
     *
     * @param oracle the counted objective. Used (and counted) by the returned search.
     * @param x0     the starting point. Not modified (the search copies it).
     * @param random the run's own random stream, for stochastic methods. Used by the search.
     * @return the run, with no evaluation spent yet
     */
    Search start(Oracle oracle, double[] x0, RandomGenerator random);

    /**
     * Whether its runs keep an averaged iterate they do not report ({@link Search#averagedIterate()},
     * ASGD's {@code ax}), which a recorder may evaluate beside x; false by default.
     */
    default boolean keepsAveragedIterate() {
        return false;
    }

    /**
     * The most iterations a run may make, or empty for no limit (a OneCycle schedule's
     * {@code total_steps} + 1); a harness refuses a larger iteration budget before the run.
     */
    default OptionalLong updateLimit() {
        return OptionalLong.empty();
    }

    /** What the objective must offer beyond values and gradients; empty by default. */
    default Set<Capability> requirements() {
        return Set.of();
    }
}
