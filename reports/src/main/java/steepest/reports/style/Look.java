package steepest.reports.style;

import java.awt.Color;
import java.util.Objects;

/**
 * How one series is drawn: its colour, line style and marker.
 *
 * @param color  the line, marker and band colour
 * @param dash   the line style
 * @param marker the marker shape
 */
public record Look(Color color, Dash dash, MarkerShape marker) {

    /** Requires every part. */
    public Look {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(dash, "dash");
        Objects.requireNonNull(marker, "marker");
    }

    /**
     * The look of the {@code index}-th of several unordered categories (configurations, not
     * optimizers): the categorical colours in turn, then the same colours with the next line style;
     * markers cycle independently.
     */
    public static Look categorical(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " < 0");
        }
        return new Look(Palette.categorical(index), Dash.values()[(index / Palette.categoricalSize()) % Dash.values().length],
                MarkerShape.SERIES[index % MarkerShape.SERIES.length]);
    }

    /**
     * The look of item {@code index} of {@code count} ordered items (layers by depth): a viridis
     * colour, solid, markers cycling.
     */
    public static Look sequential(int index, int count) {
        return new Look(Palette.sequential(index, count), Dash.SOLID, MarkerShape.SERIES[index % MarkerShape.SERIES.length]);
    }

    /** This look with its line style moved {@code steps} places on (see {@link Dash#next}). */
    public Look withDashShifted(int steps) {
        return new Look(color, dash.next(steps), marker);
    }
}
