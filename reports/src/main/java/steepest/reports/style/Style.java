package steepest.reports.style;

import java.awt.Font;
import java.util.Objects;

/**
 * The size and typography of a figure. Chart coordinates are typographic points (1/72 in) in every
 * style: a figure {@code w} inches wide is {@code 72 w} units wide, its PDF page is exactly
 * {@code w} inches, and its PNG at {@code dpi} is {@code w * dpi} pixels wide.
 *
 * <p>{@link #paper(Column)}: 3.5 in (single column) or 7 in (double column) wide, serif type at 8 pt
 * (ticks and legend 7 pt), 1 pt lines, 300 dpi. {@link #screen()}: 8 in by 5 in, sans-serif at
 * 11 pt, 1.5 pt lines, 144 dpi. Colours, line styles and markers are the same in both (see
 * {@link OptimizerLooks}).
 *
 * @param name          {@code paper} or {@code screen} (or a caller's name)
 * @param widthInches   the figure's width
 * @param heightInches  the figure's height
 * @param fontFamily    a font family or Java logical font ({@link Font#SERIF}, {@link Font#SANS_SERIF})
 * @param fontSize      the size of axis titles, in points; the title is 1 pt larger, ticks and legend 1 pt smaller
 * @param lineWidth     the width of data lines, in points
 * @param markerSize    the marker diameter, in points
 * @param dpi           the default resolution of PNG exports
 * @param legend        where the legend goes
 */
public record Style(String name, double widthInches, double heightInches, String fontFamily, float fontSize,
                    float lineWidth, int markerSize, int dpi, LegendPlacement legend) {

    /** Points per inch. */
    public static final double POINTS_PER_INCH = 72.0;

    /** Validates every field. */
    public Style {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fontFamily, "fontFamily");
        Objects.requireNonNull(legend, "legend");
        requirePositive("widthInches", widthInches);
        requirePositive("heightInches", heightInches);
        requirePositive("fontSize", fontSize);
        requirePositive("lineWidth", lineWidth);
        requirePositive("markerSize", markerSize);
        requirePositive("dpi", dpi);
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("style field " + field + " must be positive and finite, got " + value);
        }
    }

    /** The paper style for a figure spanning {@code column}. */
    public static Style paper(Column column) {
        return new Style("paper", column.widthInches(), column.heightInches(), Font.SERIF, 8f, 1f, 4, 300,
                LegendPlacement.AUTO);
    }

    /** The screen style: for the HTML report and slides. */
    public static Style screen() {
        return new Style("screen", 8.0, 5.0, Font.SANS_SERIF, 11f, 1.5f, 6, 144, LegendPlacement.AUTO);
    }

    /** The style called {@code name}: {@code paper} (single column) or {@code screen}. */
    public static Style named(String name) {
        return switch (name) {
            case "paper" -> paper(Column.SINGLE);
            case "screen" -> screen();
            default -> throw new IllegalArgumentException("unknown style '" + name + "'; known: paper, screen");
        };
    }

    /** This style at another size. */
    public Style withSize(double width, double height) {
        return new Style(name, width, height, fontFamily, fontSize, lineWidth, markerSize, dpi, legend);
    }

    /** This style with another default PNG resolution. */
    public Style withDpi(int dots) {
        return new Style(name, widthInches, heightInches, fontFamily, fontSize, lineWidth, markerSize, dots, legend);
    }

    /** This style with the legend placed elsewhere. */
    public Style withLegend(LegendPlacement placement) {
        return new Style(name, widthInches, heightInches, fontFamily, fontSize, lineWidth, markerSize, dpi, placement);
    }

    /** The width in chart units (points), rounded. */
    public int widthPoints() {
        return (int) Math.round(widthInches * POINTS_PER_INCH);
    }

    /** The height in chart units (points), rounded. */
    public int heightPoints() {
        return (int) Math.round(heightInches * POINTS_PER_INCH);
    }

    /** The font of axis titles, or {@code delta} points larger. */
    public Font font(float delta) {
        return new Font(fontFamily, Font.PLAIN, 1).deriveFont(fontSize + delta);
    }
}
