package steepest.reports.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import steepest.reports.style.MarkerShape;

/** XChart markers for the shapes of {@link MarkerShape}; the reserved ones (star, ring, ×, arrows, bar) are drawn here. */
final class Markers {

    private static final Marker STAR = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            Path2D.Double star = new Path2D.Double();
            double outer = size * 0.75;
            double inner = outer * 0.4;
            for (int k = 0; k < 10; k++) {
                double radius = k % 2 == 0 ? outer : inner;
                double angle = -Math.PI / 2 + k * Math.PI / 5;
                double px = x + radius * Math.cos(angle);
                double py = y + radius * Math.sin(angle);
                if (k == 0) {
                    star.moveTo(px, py);
                } else {
                    star.lineTo(px, py);
                }
            }
            star.closePath();
            g.fill(star);
        }
    };

    private static final Marker RING = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            double radius = size * 0.55;
            g.setStroke(new BasicStroke(Math.max(0.6f, size / 5f)));
            g.draw(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        }
    };

    private static final Marker X = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            double half = size * 0.5;
            g.setStroke(new BasicStroke(Math.max(0.6f, size / 5f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x - half, y - half, x + half, y + half));
            g.draw(new Line2D.Double(x - half, y + half, x + half, y - half));
        }
    };

    private static final Marker ARROW_UP = arrow(-1);
    private static final Marker ARROW_DOWN = arrow(1);

    private static final Marker BAR = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            g.setStroke(new BasicStroke(Math.max(0.6f, size / 4f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(x, y - size, x, y + size));
        }
    };

    /** A stroked arrow centred on the point, its head up ({@code sign} −1, screen y grows down) or down (+1). */
    private static Marker arrow(int sign) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double x, double y, int size) {
                double half = size * 0.6;
                g.setStroke(new BasicStroke(Math.max(0.6f, size / 5f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double tip = y + sign * half;
                g.draw(new Line2D.Double(x, y - sign * half, x, tip));
                Path2D.Double head = new Path2D.Double();
                head.moveTo(x - half * 0.6, tip - sign * half * 0.6);
                head.lineTo(x, tip);
                head.lineTo(x + half * 0.6, tip - sign * half * 0.6);
                g.draw(head);
            }
        };
    }

    private Markers() {
    }

    /** The XChart marker drawing {@code shape}. */
    static Marker of(MarkerShape shape) {
        return switch (shape) {
            case CIRCLE -> SeriesMarkers.CIRCLE;
            case SQUARE -> SeriesMarkers.SQUARE;
            case DIAMOND -> SeriesMarkers.DIAMOND;
            case TRIANGLE_UP -> SeriesMarkers.TRIANGLE_UP;
            case TRIANGLE_DOWN -> SeriesMarkers.TRIANGLE_DOWN;
            case CROSS -> SeriesMarkers.CROSS;
            case PLUS -> SeriesMarkers.PLUS;
            case STAR -> STAR;
            case RING -> RING;
            case X -> X;
            case ARROW_UP -> ARROW_UP;
            case ARROW_DOWN -> ARROW_DOWN;
            case BAR -> BAR;
        };
    }
}
