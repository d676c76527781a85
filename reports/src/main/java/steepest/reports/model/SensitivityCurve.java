package steepest.reports.model;

import java.util.Objects;

/**
 * One optimizer's final loss against the learning rate, with the runs that diverged flagged.
 *
 * @param styleKey      the optimizer spec, for its look (see {@link steepest.reports.style.OptimizerLooks})
 * @param label         the legend entry
 * @param learningRates positive, finite, strictly increasing (a copy is kept)
 * @param finalLosses   the final loss at each rate (finite unless diverged; a copy is kept)
 * @param diverged      whether the run at each rate diverged (a copy is kept)
 */
public record SensitivityCurve(String styleKey, String label, double[] learningRates, double[] finalLosses,
                               boolean[] diverged) {

    /** Validates and copies. */
    public SensitivityCurve {
        Objects.requireNonNull(styleKey, "styleKey");
        Objects.requireNonNull(label, "label");
        String what = "sensitivity curve '" + label + "'";
        Checks.increasing(what, "learningRates", learningRates);
        Checks.sameLength(what, learningRates.length, "finalLosses", finalLosses.length);
        Checks.sameLength(what, learningRates.length, "diverged", diverged.length);
        for (int i = 0; i < learningRates.length; i++) {
            if (!(learningRates[i] > 0)) {
                throw new IllegalArgumentException(what + " has a learning rate <= 0 at index " + i);
            }
            if (!diverged[i] && !Double.isFinite(finalLosses[i])) {
                throw new IllegalArgumentException(what + " has a non-finite loss at index " + i
                        + " that is not flagged as diverged");
            }
        }
        learningRates = learningRates.clone();
        finalLosses = finalLosses.clone();
        diverged = diverged.clone();
    }

    /** The learning rates (a copy). */
    @Override
    public double[] learningRates() {
        return learningRates.clone();
    }

    /** The final losses (a copy). */
    @Override
    public double[] finalLosses() {
        return finalLosses.clone();
    }

    /** The divergence flags (a copy). */
    @Override
    public boolean[] diverged() {
        return diverged.clone();
    }
}
