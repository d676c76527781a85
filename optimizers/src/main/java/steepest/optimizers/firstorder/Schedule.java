package steepest.optimizers.firstorder;

/**
 * A learning-rate schedule: the factor by which the base learning rate is multiplied at step k,
 * k = 0 for the first update (torch's {@code last_epoch} convention for a scheduler stepped once
 * per optimizer step).
 */
@FunctionalInterface
public interface Schedule {

    /** The constant schedule, factor 1. */
    Schedule CONSTANT = k -> 1.0;

    /** The factor at step k &gt;= 0. */
    double factor(long k);
}
