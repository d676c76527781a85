package steepest.reports.model;

import java.util.Objects;

/**
 * One line of a chart: points (x[i], y[i]), a legend label and a style key. Points that an axis
 * cannot show (NaN, infinite, or not positive on a log axis) break the line there.
 *
 * @param styleKey who the line belongs to, for its look: an optimizer spec such as
 *                 {@code adam:lr=1e-3} (see {@link steepest.reports.style.OptimizerLooks}); charts
 *                 that style by position (layers, configurations) ignore it
 * @param label    the legend entry
 * @param x        abscissae (a copy is kept)
 * @param y        ordinates, same length as x (a copy is kept)
 */
public record Series(String styleKey, String label, double[] x, double[] y) {

    /** Validates lengths and copies the arrays. */
    public Series {
        Objects.requireNonNull(styleKey, "styleKey");
        Objects.requireNonNull(label, "label");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + label + "' has " + x.length + " x values and "
                    + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** A series whose style key is its label. */
    public Series(String label, double[] x, double[] y) {
        this(label, label, x, y);
    }

    /** The abscissae (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** The ordinates (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }
}
