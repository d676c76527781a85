package steepest.optimizers;

import steepest.optimizers.linalg.Vectors;

/**
 * The bookkeeping that searches which know f and ∇f at their iterate share, written once: the
 * iterate x_k, f(x_k) and ∇f(x_k) once evaluated there, and why the search stopped. A subclass
 * writes {@link #step()} (the algorithm) and may take an accepted trial point by swapping
 * {@link #x} and {@link #gradient} with its own buffers; it overrides an accessor only where its
 * method knows f or ∇f under another condition.
 *
 * <p>{@link #value()} is {@link #value}, NaN until the search has evaluated f; {@link #gradient()}
 * is {@link #gradient} once {@link #value} is a number, else null.
 */
public abstract class AbstractSearch implements Search {

    /** x_k; the subclass moves it. */
    protected double[] x;
    /** ∇f(x_k), valid while {@link #value} is a number; the subclass writes it. */
    protected double[] gradient;
    /** f(x_k), NaN until evaluated; the subclass writes it. */
    protected double value = Double.NaN;
    private Termination termination;

    /**
     * Starts at x₀ with a gradient buffer of its length.
     *
     * @param x0 the start. Not modified (copied).
     */
    protected AbstractSearch(double[] x0) {
        this.x = x0.clone();
        this.gradient = new double[x0.length];
    }

    /**
     * f and ∇f at {@link #x} into {@link #value} and {@link #gradient}, one counted evaluation; false
     * (stopped with {@link Termination#DIVERGED}) when either is not finite.
     */
    protected final boolean evaluate(Oracle oracle) {
        value = oracle.valueAndGradient(x, gradient);
        if (!Double.isFinite(value) || !Vectors.isFinite(gradient)) {
            return stop(Termination.DIVERGED);
        }
        return true;
    }

    /** Records why the search stops and returns false, for {@link #step()} to return. */
    protected final boolean stop(Termination reason) {
        termination = reason;
        return false;
    }

    @Override
    public double[] x() {
        return x;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public double[] gradient() {
        return Double.isNaN(value) ? null : gradient;
    }

    @Override
    public final Termination termination() {
        return termination;
    }
}
