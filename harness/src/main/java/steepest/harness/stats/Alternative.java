package steepest.harness.stats;

/** The alternative hypothesis of a test of sample a against sample b (scipy's {@code alternative}). */
public enum Alternative {
    /** a and b differ in location, either way. */
    TWO_SIDED,
    /** a tends to be greater than b. */
    GREATER,
    /** a tends to be less than b. */
    LESS
}
