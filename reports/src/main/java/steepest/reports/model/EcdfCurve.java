package steepest.reports.model;

import java.util.Objects;

/**
 * One optimizer's runtime ECDF: the fraction of (problem, target, seed) triples reached within x
 * evaluations as a step function, and where its data end.
 *
 * @param steps  the step function (its style key and label name the optimizer)
 * @param budget the evaluations its unsuccessful runs spent (their median), marked on the curve;
 *               NaN when every triple was reached
 */
public record EcdfCurve(StepCurve steps, double budget) {

    /** Requires a curve and a positive finite budget or NaN. */
    public EcdfCurve {
        Objects.requireNonNull(steps, "steps");
        if (!Double.isNaN(budget) && !(budget > 0 && Double.isFinite(budget))) {
            throw new IllegalArgumentException("ECDF '" + steps.label() + "' has budget " + budget
                    + "; a budget is positive and finite, or NaN for none");
        }
    }
}
