package steepest.reports.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A line of text placed at data coordinates, in the chart's annotation font and ink, left-, centre-
 * or right-aligned on x and centred vertically on y. XChart's own {@code AnnotationText} can only
 * centre; labels beside a diagram need the other two. The text is filled as outlines, so SVG and PDF
 * show it identically wherever the fonts differ.
 */
final class TextMark extends Annotation {

    /** Where the text stands relative to its x. */
    enum Align {
        /** The text starts at x. */
        LEFT,
        /** The text is centred on x. */
        CENTER,
        /** The text ends at x. */
        RIGHT
    }

    private final String text;
    private final double x;
    private final double y;
    private final Align align;

    TextMark(String text, double x, double y, Align align) {
        super(false);
        this.text = text;
        this.x = x;
        this.y = y;
        this.align = align;
    }

    @Override
    public void paint(Graphics2D g) {
        Object hint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(styler.getChartFontColor());
        TextLayout layout = new TextLayout(text, styler.getAnnotationTextFont(), g.getFontRenderContext());
        Shape outline = layout.getOutline(null);
        Rectangle2D box = outline.getBounds2D();
        double width = layout.getAdvance();
        double left = getXAxisScreenValue(x) - switch (align) {
            case LEFT -> 0;
            case CENTER -> width / 2;
            case RIGHT -> width;
        };
        double baseline = getYAxisScreenValue(y) - (box.getY() + box.getHeight() / 2);
        AffineTransform saved = g.getTransform();
        g.translate(left, baseline);
        g.fill(outline);
        g.setTransform(saved);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, hint);
        bounds = new Rectangle2D.Double(left, baseline + box.getY(), width, box.getHeight());
    }
}
