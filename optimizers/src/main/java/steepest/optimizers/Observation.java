package steepest.optimizers;

/**
 * The measurements at an observed iterate x_k, read through accessors so that the {@link Driver}
 * can hand observers of its tolerance checks a reusable view instead of allocating a record per
 * iteration. {@link IterationRecord} is the immutable form; a view is valid only during the callback.
 */
public interface Observation {

    /** k. */
    long iteration();

    /** f(x_k). */
    double value();

    /** ‖∇f(x_k)‖₂. */
    double gradientNorm();

    /** The search's certificate at x_k, or NaN. */
    double gap();

    /** Cumulative evaluations spent by the optimizer to reach x_k (may allocate). */
    Evaluations evaluations();

    /** Wall time the optimizer spent to reach x_k. */
    long elapsedNanos();
}
