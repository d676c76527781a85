package steepest.reports.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A figure file format. */
public enum Format {
    /** Raster, at a chosen resolution. */
    PNG,
    /** Vector, for the web and for editing. */
    SVG,
    /** Vector, for LaTeX. */
    PDF;

    /** The file extension, with its dot. */
    public String extension() {
        return "." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma-separated list such as {@code png,svg,pdf} (case-insensitive). */
    public static Set<Format> parse(String list) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : list.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            try {
                formats.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown figure format '" + part.strip() + "'; known: png, svg, pdf", e);
            }
        }
        return formats;
    }
}
