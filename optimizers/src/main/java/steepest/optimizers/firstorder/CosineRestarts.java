package steepest.optimizers.firstorder;

import steepest.optimizers.Checks;

/**
 * Cosine annealing with warm restarts, torch's {@code CosineAnnealingWarmRestarts(T_0, T_mult,
 * eta_min)}: η_k = η_min + (η − η_min)(1 + cos(π·T_cur / T_i)) / 2, where T_cur counts the updates
 * since the last restart and the period T_i starts at T_0 and is multiplied by T_mult at each
 * restart (when T_cur reaches T_i, it restarts from T_cur − T_i). Kept as torch keeps it, as integer
 * counters advanced once per update. Reference: Loshchilov and Hutter, "SGDR: stochastic gradient
 * descent with warm restarts", ICLR 2017, eq. 5.
 *
 * @param firstPeriod T_0 &gt;= 1 ({@code t_0})
 * @param periodMultiplier T_mult &gt;= 1 ({@code t_mult})
 * @param minimum     η_min &gt;= 0 ({@code eta_min})
 */
public record CosineRestarts(long firstPeriod, long periodMultiplier, double minimum) implements Schedule {

    /** Validates, naming the spec keys. */
    public CosineRestarts {
        Checks.atLeast("t_0", firstPeriod, 1);
        Checks.atLeast("t_mult", periodMultiplier, 1);
        Checks.nonNegative("eta_min", minimum);
        Checks.finite("eta_min", minimum);
    }

    @Override
    public State start(double base) {
        return new State() {
            private long current;
            private long period = firstPeriod;

            @Override
            public double learningRate() {
                return minimum + (base - minimum) * (1 + Math.cos(Math.PI * ((double) current / period))) / 2;
            }

            @Override
            public void advance(double loss, boolean epochEnded) {
                current++;
                if (current >= period) {
                    current -= period;
                    period *= periodMultiplier;
                }
            }
        };
    }
}
