package steepest.reports.model;

import java.util.Objects;

/**
 * One line of a chart: a label and its points (x[i], y[i]).
 *
 * @param label the legend entry
 * @param x     abscissae (a copy is kept)
 * @param y     ordinates, same length as x (a copy is kept)
 */
public record Series(String label, double[] x, double[] y) {

    /** Validates lengths and copies the arrays. */
    public Series {
        Objects.requireNonNull(label, "label");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + label + "' has " + x.length + " x values and "
                    + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
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
