package steepest.reports.charts;

import java.util.function.Function;
import org.knowm.xchart.style.XYStyler;
import steepest.reports.model.Axis;

/**
 * How one axis of a figure reaches XChart. A linear axis goes as it is. A log axis spanning at
 * least one decade is drawn as a linear XChart axis over log10 values, labelled 10ⁿ at whole
 * decades: XChart's own log axis mixes "0.001" with "1E-4", and its label hook silently makes a log
 * axis linear. Since XChart widens its tick step until all labels differ, and every tick between
 * decades gets the same empty label, the ticks fall on every decade, or every 2nd, 5th or 10th
 * when space is short. A log axis spanning less than a decade stays an XChart log axis, which
 * labels 2, 3, 5 within the decade.
 *
 * <p>Every axis gets explicit bounds: the figure's (transformed) range. XChart draws no ticks at
 * all when its axis' minimum and maximum get the same label, so label functions are wrapped to give
 * the two ends distinct blank labels when they would otherwise be empty.
 */
final class AxisScale {

    /** Log axes spanning fewer decades than this keep XChart's log axis. */
    private static final double SELF_DRAWN_DECADES = 1;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char SUPERSCRIPT_MINUS = '⁻';

    private final Axis axis;
    private final double low;
    private final double high;
    private final boolean overLogValues;

    /**
     * @param low  the smallest transformed coordinate shown (the axis' minimum if set)
     * @param high the largest transformed coordinate shown (the axis' maximum if set), above low
     */
    AxisScale(Axis axis, double low, double high) {
        this.axis = axis;
        this.low = low;
        this.high = high;
        this.overLogValues = axis.logarithmic() && high - low >= SELF_DRAWN_DECADES;
    }

    /** Whether {@code value} has a place on {@code axis}. */
    static boolean fits(double value, Axis axis) {
        return Double.isFinite(value) && (!axis.logarithmic() || value > 0);
    }

    /** The transformed coordinate of {@code value} on {@code axis} (log10 on a log axis). */
    static double forward(double value, Axis axis) {
        return axis.logarithmic() ? Math.log10(value) : value;
    }

    /** Whether {@code value} has a place on this axis. */
    boolean fits(double value) {
        return fits(value, axis);
    }

    /** The transformed coordinate of {@code value}. */
    double forward(double value) {
        return forward(value, axis);
    }

    /** The coordinate XChart is given for transformed coordinate {@code t}. */
    double toChart(double t) {
        return axis.logarithmic() && !overLogValues ? Math.pow(10, t) : t;
    }

    /**
     * Sets XChart's axis: log or linear, bounds, tick labels.
     *
     * @param labels tick labels for a linear axis, or null for XChart's own
     */
    void configure(XYStyler styler, boolean horizontal, Function<Double, String> labels) {
        boolean xchartLog = axis.logarithmic() && !overLogValues;
        Function<Double, String> chosen = overLogValues ? AxisScale::decade : axis.logarithmic() ? null : labels;
        Function<Double, String> tickLabels = chosen == null ? null : withDistinctEnds(chosen);
        double min = toChart(low);
        double max = toChart(high);
        if (horizontal) {
            styler.setXAxisLogarithmic(xchartLog);
            styler.setXAxisLogarithmicDecadeOnly(false);
            styler.setXAxisMin(min);
            styler.setXAxisMax(max);
            if (tickLabels != null) {
                styler.setxAxisTickLabelsFormattingFunction(tickLabels);
            }
        } else {
            styler.setYAxisLogarithmic(xchartLog);
            styler.setYAxisLogarithmicDecadeOnly(false);
            styler.setYAxisMin(min);
            styler.setYAxisMax(max);
            if (tickLabels != null) {
                styler.setyAxisTickLabelsFormattingFunction(tickLabels);
            }
        }
    }

    /**
     * XChart labels the axis ends too, and draws no tick label at all when the two are equal; a blank
     * label at an end is replaced by one or two no-break spaces, distinct from every run of ordinary
     * spaces a labeller uses for its own blanks.
     */
    private Function<Double, String> withDistinctEnds(Function<Double, String> labels) {
        double min = toChart(low);
        double max = toChart(high);
        return value -> {
            String label = labels.apply(value);
            if (!label.isBlank()) {
                return label;
            }
            return value == min ? "\u00a0" : value == max ? "\u00a0\u00a0" : label;
        };
    }

    /** The label of log10 coordinate {@code exponent}: 10ⁿ at a whole decade, empty elsewhere. */
    static String decade(double exponent) {
        long rounded = Math.round(exponent);
        if (Math.abs(exponent - rounded) > 1e-9) {
            return "";
        }
        StringBuilder label = new StringBuilder("10");
        for (char c : Long.toString(rounded).toCharArray()) {
            label.append(c == '-' ? SUPERSCRIPT_MINUS : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return label.toString();
    }
}
