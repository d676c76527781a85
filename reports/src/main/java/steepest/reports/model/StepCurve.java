package steepest.reports.model;

import java.util.Objects;

/**
 * One solver's profile, a right-continuous step function: 0 before {@code at[0]}, and
 * {@code fraction[i]} from {@code at[i]} up to the next breakpoint.
 *
 * @param styleKey the solver's spec, for its look (see {@link steepest.reports.style.OptimizerLooks})
 * @param label    the legend entry
 * @param at       breakpoints, finite and strictly increasing (a copy is kept)
 * @param fraction the value from each breakpoint on, in [0, 1] and non-decreasing (a copy is kept)
 */
public record StepCurve(String styleKey, String label, double[] at, double[] fraction) {

    /** Validates and copies. */
    public StepCurve {
        Objects.requireNonNull(styleKey, "styleKey");
        Objects.requireNonNull(label, "label");
        String what = "step curve '" + label + "'";
        Checks.increasing(what, "at", at);
        Checks.sameLength(what, at.length, "fraction", fraction.length);
        Checks.nonDecreasing(what, "fraction", fraction);
        if (fraction.length > 0 && (fraction[0] < 0 || fraction[fraction.length - 1] > 1)) {
            throw new IllegalArgumentException(what + " has fractions outside [0, 1]");
        }
        at = at.clone();
        fraction = fraction.clone();
    }

    /** The breakpoints (a copy). */
    @Override
    public double[] at() {
        return at.clone();
    }

    /** The values (a copy). */
    @Override
    public double[] fraction() {
        return fraction.clone();
    }

    /** The value at {@code x}. */
    public double valueAt(double x) {
        double value = 0;
        for (int i = 0; i < at.length && at[i] <= x; i++) {
            value = fraction[i];
        }
        return value;
    }
}
