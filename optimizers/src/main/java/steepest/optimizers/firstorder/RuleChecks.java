package steepest.optimizers.firstorder;

import steepest.optimizers.Checks;

/**
 * The hyperparameter checks the update rules share, at least as strict as torch's and naming the
 * spec key: torch accepts lr = 0 and eps = 0, which here are rejected as useless or unsafe.
 */
final class RuleChecks {

    private RuleChecks() {
    }

    /** lr: finite and &gt; 0. */
    static void learningRate(double value) {
        Checks.positive("lr", value);
        Checks.finite("lr", value);
    }

    /** A moment decay such as beta1, beta2: in [0, 1). */
    static void beta(String key, double value) {
        Checks.inHalfOpen(key, value, 0, 1);
    }

    /** eps: finite and &gt; 0. */
    static void epsilon(double value) {
        Checks.positive("eps", value);
        Checks.finite("eps", value);
    }

    /** A finite value &gt;= 0, such as weight_decay, lr_decay, momentum. */
    static void nonNegative(String key, double value) {
        Checks.nonNegative(key, value);
        Checks.finite(key, value);
    }
}
