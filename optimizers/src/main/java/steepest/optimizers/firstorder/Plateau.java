package steepest.optimizers.firstorder;

import steepest.optimizers.Checks;

/**
 * Reduce the learning rate when the loss stops improving, torch's {@code ReduceLROnPlateau}. It is
 * stepped once per epoch with the epoch's loss: for the full batch every update is an epoch and the
 * loss is f(x_k), the value the update's own gradient call returned; with mini-batches it is the
 * mean of the batch losses of the epoch's updates (unweighted, as a training loop that averages
 * {@code loss.item()} over its batches), stepped after the update that completes the epoch.
 *
 * <p>With best b (initially +∞ for min, −∞ for max), a loss a improves when a &lt; b(1 − θ)
 * (min, rel), a &lt; b − θ (min, abs), a &gt; b(1 + θ) (max, rel) or a &gt; b + θ (max, abs).
 * Each step: an improvement sets b = a and clears the bad-epoch count, else it counts one; during
 * a cooldown the count is cleared and the cooldown shortened; when the count exceeds patience the
 * rate becomes max(η·factor, min_lr) if that lowers it by more than eps, the cooldown restarts and
 * the count is cleared.
 *
 * @param maximize      watch for increases ({@code mode=max}) instead of decreases ({@code min})
 * @param factor        in [0, 1) ({@code factor})
 * @param patience      bad epochs tolerated, &gt;= 0 ({@code patience})
 * @param threshold     θ &gt;= 0 ({@code threshold})
 * @param relative      θ relative to the best ({@code threshold_mode=rel}) or absolute ({@code abs})
 * @param cooldown      epochs without counting after a reduction, &gt;= 0 ({@code cooldown})
 * @param minimumRate   min_lr &gt;= 0 ({@code min_lr})
 * @param minimumChange eps &gt;= 0, the smallest reduction applied ({@code plateau_eps}, torch's eps)
 */
public record Plateau(boolean maximize, double factor, long patience, double threshold, boolean relative,
                      long cooldown, double minimumRate, double minimumChange) implements Schedule {

    /** torch's defaults. */
    public static final double DEFAULT_FACTOR = 0.1;
    /** torch's default patience. */
    public static final long DEFAULT_PATIENCE = 10;
    /** torch's default threshold. */
    public static final double DEFAULT_THRESHOLD = 1e-4;
    /** torch's default eps. */
    public static final double DEFAULT_EPS = 1e-8;

    /** Validates, naming the spec keys. */
    public Plateau {
        Checks.inHalfOpen("factor", factor, 0, 1);
        Checks.atLeast("patience", patience, 0);
        Checks.nonNegative("threshold", threshold);
        Checks.finite("threshold", threshold);
        Checks.atLeast("cooldown", cooldown, 0);
        Checks.nonNegative("min_lr", minimumRate);
        Checks.finite("min_lr", minimumRate);
        Checks.nonNegative("plateau_eps", minimumChange);
        Checks.finite("plateau_eps", minimumChange);
    }

    @Override
    public State start(double base) {
        return new State() {
            private double rate = base;
            private double best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            private long badEpochs;
            private long cooldownLeft;
            private double sum;
            private long count;

            @Override
            public double learningRate() {
                return rate;
            }

            @Override
            public void advance(double loss, boolean epochEnded) {
                sum += loss;
                count++;
                if (epochEnded) {
                    step(sum / count);
                    sum = 0;
                    count = 0;
                }
            }

            private void step(double current) {
                if (improves(current, best)) {
                    best = current;
                    badEpochs = 0;
                } else {
                    badEpochs++;
                }
                if (cooldownLeft > 0) {
                    cooldownLeft--;
                    badEpochs = 0;
                }
                if (badEpochs > patience) {
                    double reduced = Math.max(rate * factor, minimumRate);
                    if (rate - reduced > minimumChange) {
                        rate = reduced;
                    }
                    cooldownLeft = cooldown;
                    badEpochs = 0;
                }
            }
        };
    }

    private boolean improves(double a, double best) {
        if (maximize) {
            return relative ? a > best * (threshold + 1.0) : a > best + threshold;
        }
        return relative ? a < best * (1.0 - threshold) : a < best - threshold;
    }
}
