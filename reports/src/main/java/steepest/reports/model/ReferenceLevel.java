package steepest.reports.model;

import java.util.Objects;

/**
 * A level a figure's data are compared with, such as the noise floor theory predicts for one of
 * its optimizers: drawn as a thin dotted horizontal line across the plot, in the colour of the
 * series with the same style key (gray when there is none), with its own legend entry.
 *
 * @param styleKey the style key of the series it belongs to (an optimizer spec), or empty
 * @param label    the legend entry
 * @param value    the level, finite
 */
public record ReferenceLevel(String styleKey, String label, double value) {

    /** Requires a label and a finite value. */
    public ReferenceLevel {
        Objects.requireNonNull(styleKey, "styleKey");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference level '" + label + "' is not finite: " + value);
        }
    }
}
