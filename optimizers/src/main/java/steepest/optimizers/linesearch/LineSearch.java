package steepest.optimizers.linesearch;

/**
 * A line search: settings (an immutable record) that find a step α &gt; 0 along a descent direction
 * d, φ'(0) &lt; 0, satisfying its acceptance conditions. The accepted step is always the last one
 * the {@link LineFunction} evaluated, so its point, value and gradient are read from there.
 */
public interface LineSearch {

    /**
     * Searches φ starting from the trial step {@code initialStep}.
     *
     * @param phi         aimed at x and d, with φ'(0) &lt; 0. Evaluated (and so counted).
     * @param initialStep the first trial α₀; replaced by 1 when not finite and &gt; 0
     * @return true when the last evaluated step is accepted; false when none was found within the
     *     search's evaluation budget or the steps fell below rounding (the caller keeps x)
     */
    boolean search(LineFunction phi, double initialStep);

    /** α₀ when finite and &gt; 0, else 1. */
    static double sanitize(double initialStep) {
        return initialStep > 0 && initialStep < Double.POSITIVE_INFINITY ? initialStep : 1.0;
    }
}
