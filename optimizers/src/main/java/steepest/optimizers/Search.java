package steepest.optimizers;

/**
 * One run of an optimizer, advanced an iteration at a time by the {@link Driver}, which owns
 * counting, stopping, recording and timing. A search starts with no evaluations spent: every
 * evaluation happens inside {@link #step()}, through the run's {@link Oracle}.
 */
public interface Search {

    /**
     * Performs one iteration, moving {@link #x()} from x_k to x_{k+1}.
     *
     * @return false when the method cannot go on; {@link #termination()} then says why and
     *     {@link #x()} is the last acceptable iterate
     */
    boolean step();

    /** The current iterate x_k: a read-only view, valid until the next {@link #step()}. */
    double[] x();

    /**
     * f(x_k) when this search evaluated the full objective exactly at x_k during its last step,
     * else NaN. Lets the recorder skip an evaluation; never an estimate.
     */
    default double value() {
        return Double.NaN;
    }

    /**
     * f(x_{k−1}) when this search's last step evaluated the full objective exactly at the point it
     * reported before the step (lazy first-order methods evaluate at the start of a step), else NaN.
     * It lets an observer see every iterate's f at no cost, one step late; never an estimate.
     */
    default double previousValue() {
        return Double.NaN;
    }

    /** ∇f(x_k) under the same condition as {@link #value()} (a read-only view), else null. */
    default double[] gradient() {
        return null;
    }

    /**
     * A method-specific optimality certificate at x_k, checked against the gap tolerance: the
     * Frank-Wolfe gap ⟨∇f(x), x − s⟩, a proximal-gradient residual; NaN when the method has none.
     */
    default double gap() {
        return Double.NaN;
    }

    /**
     * A second point the method maintains beside x_k without reporting it as x_k, or null when it
     * keeps none: ASGD's averaged iterate {@code ax} (torch's {@code state['ax']}), whose iterate
     * x_k is the one torch updates. A read-only view, valid until the next {@link #step()}. The
     * {@link Driver} hands the final one back in {@link RunResult#averagedIterate()}, so a harness
     * can write it as the run's final point (or, through its own {@link Optimizer} wrapper, as trace
     * columns). Methods whose reported point is itself an average (Polyak or EMA averaging,
     * schedule-free) report it as {@link #x()} and return null here.
     */
    default double[] averagedIterate() {
        return null;
    }

    /**
     * Why the search stopped itself ({@link Termination#LINE_SEARCH_FAILED},
     * {@link Termination#DIVERGED}, a converged reason), or null while it can go on.
     */
    Termination termination();
}
