package steepest.reports.style;

import java.awt.BasicStroke;

/**
 * A line style, so that series stay apart in grayscale. Dash lengths scale with the line width.
 */
public enum Dash {
    /** An unbroken line. */
    SOLID(null),
    /** Long dashes: 3.7 on, 1.6 off (in line widths). */
    DASHED(new float[] {3.7f, 1.6f}),
    /** Round dots: a zero-length dash with round caps every 1.65 line widths. */
    DOTTED(new float[] {0f, 1.65f}),
    /** Dash, gap, dot, gap. */
    DASH_DOT(new float[] {6.4f, 1.6f, 0f, 1.6f});

    private final float[] pattern;

    Dash(float[] pattern) {
        this.pattern = pattern;
    }

    /** The stroke of this style at {@code width} (in chart units, i.e. points). */
    public BasicStroke stroke(float width) {
        if (pattern == null) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            scaled[i] = pattern[i] * width;
        }
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    /** The style {@code steps} places after this one, cycling. */
    public Dash next(int steps) {
        Dash[] all = values();
        return all[Math.floorMod(ordinal() + steps, all.length)];
    }
}
