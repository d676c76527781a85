package steepest.problems.conformance;

import java.util.Objects;

/**
 * One conformance check of one entry: what was checked, the verdict and the measured figure or
 * the reason.
 *
 * @param check    the check's name, e.g. {@code gradient}
 * @param verdict  pass, fail, warn or skip
 * @param measured the figure measured (an error against its allowance, bytes per step) or why it failed or was skipped
 */
public record Finding(String check, Verdict verdict, String measured) {

    /** Requires every part. */
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(measured, "measured");
    }

    static Finding pass(String check, String measured) {
        return new Finding(check, Verdict.PASS, measured);
    }

    static Finding fail(String check, String measured) {
        return new Finding(check, Verdict.FAIL, measured);
    }

    static Finding skip(String check, String reason) {
        return new Finding(check, Verdict.SKIP, reason);
    }

    /** Whether the check passed or did not apply. */
    public boolean ok() {
        return verdict != Verdict.FAIL;
    }
}
