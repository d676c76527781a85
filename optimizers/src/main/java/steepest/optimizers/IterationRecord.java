package steepest.optimizers;

/**
 * The measurements at one recorded iterate x_k. f and ‖∇f‖ are of the full objective, observed by
 * the driver and not counted; the evaluations are those the optimizer itself spent.
 *
 * @param iteration    k
 * @param value        f(x_k)
 * @param gradientNorm ‖∇f(x_k)‖₂ (of a subgradient for non-smooth f)
 * @param gap          the search's certificate at x_k, or NaN
 * @param evaluations  cumulative evaluations spent by the optimizer to reach x_k
 * @param elapsedNanos wall time the optimizer spent to reach x_k (recording time excluded)
 */
public record IterationRecord(long iteration, double value, double gradientNorm, double gap,
                              Evaluations evaluations, long elapsedNanos) implements Observation {
}
