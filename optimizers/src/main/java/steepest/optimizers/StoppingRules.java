package steepest.optimizers;

/**
 * When the {@link Driver} ends a run: budgets (iterations, gradient evaluations, epochs, wall time)
 * and tolerances (gradient norm, target value, gap). A zero tolerance or an infinite budget
 * disables that rule. Tolerances are checked where the driver observes the full objective (see
 * {@link #checkInterval()}), budgets after every iteration.
 *
 * @param maxIterations          iteration budget, &gt;= 0
 * @param maxGradientEvaluations gradient-evaluation budget (fractional for mini-batches), &gt; 0
 * @param maxEpochs              budget in passes over the data (finite sums only), &gt; 0
 * @param timeLimitSeconds       wall-time budget in seconds, &gt; 0
 * @param gradientTolerance      stop when ‖∇f(x)‖₂ &lt;= this (absolute), &gt;= 0
 * @param targetValue            stop when f(x) &lt;= this; -∞ disables
 * @param gapTolerance           stop when the search's {@link Search#gap()} &lt;= this, &gt;= 0
 * @param checkInterval          observe f and ∇f for the tolerances every this many iterations
 *                               (and wherever a row is recorded), &gt;= 1
 */
public record StoppingRules(long maxIterations, double maxGradientEvaluations, double maxEpochs,
                            double timeLimitSeconds, double gradientTolerance, double targetValue,
                            double gapTolerance, long checkInterval) {

    /** f is taken to have blown up when f(x_k) &gt; f(x_0) + BLOW_UP·max(1, |f(x_0)|). */
    public static final double BLOW_UP = 1e20;

    /** Validates every field, naming it. */
    public StoppingRules {
        Checks.atLeast("maxIterations", maxIterations, 0);
        Checks.positive("maxGradientEvaluations", maxGradientEvaluations);
        Checks.positive("maxEpochs", maxEpochs);
        Checks.positive("timeLimitSeconds", timeLimitSeconds);
        Checks.nonNegative("gradientTolerance", gradientTolerance);
        Checks.notNaN("targetValue", targetValue);
        Checks.nonNegative("gapTolerance", gapTolerance);
        Checks.atLeast("checkInterval", checkInterval, 1);
    }

    /** Only an iteration budget; no tolerance. */
    public static StoppingRules iterations(long maxIterations) {
        return new StoppingRules(maxIterations, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, 0, 1);
    }

    /** A copy with the gradient tolerance set. */
    public StoppingRules withGradientTolerance(double tolerance) {
        return new StoppingRules(maxIterations, maxGradientEvaluations, maxEpochs, timeLimitSeconds,
                tolerance, targetValue, gapTolerance, checkInterval);
    }

    /** A copy with the target value set. */
    public StoppingRules withTargetValue(double target) {
        return new StoppingRules(maxIterations, maxGradientEvaluations, maxEpochs, timeLimitSeconds,
                gradientTolerance, target, gapTolerance, checkInterval);
    }

    /** Whether any tolerance needs the full objective observed. */
    boolean needsObservation() {
        return gradientTolerance > 0 || targetValue > Double.NEGATIVE_INFINITY || gapTolerance > 0;
    }
}
