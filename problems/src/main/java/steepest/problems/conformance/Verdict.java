package steepest.problems.conformance;

/** The outcome of one conformance check. */
public enum Verdict {
    /** The entry behaves as its contract says. */
    PASS,
    /** It does not: a benchmark of it would be wrong. */
    FAIL,
    /** Worth knowing, not wrong (allocation per step). */
    WARN,
    /** The check does not apply (a capability the entry does not declare, an optimum it does not state). */
    SKIP
}
