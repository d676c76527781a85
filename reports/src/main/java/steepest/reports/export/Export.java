package steepest.reports.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts to files atomically (see {@link AtomicFiles}), so a crash never leaves half a
 * figure. Chart units are points: a PDF page is the chart's size in points, an SVG's width and
 * height are in pt, and a PNG at {@code dpi} is {@code size * dpi / 72} pixels. SVG and PDF output
 * is byte-identical for the same chart (see {@link Determinism}); text is drawn as outlines, so
 * no fonts are embedded and files look the same everywhere, but a machine with other fonts draws
 * other outlines.
 */
public final class Export {

    private Export() {
    }

    /**
     * Writes {@code chart} as a PNG at {@code dpi} dots per inch (72 keeps the pixel size).
     *
     * @return the written path
     */
    public static Path png(Chart<?, ?> chart, Path target, int dpi) throws IOException {
        return AtomicFiles.produce(target, ".png", path -> BitmapEncoder.saveBitmapWithDPI(chart, path.toString(),
                BitmapEncoder.BitmapFormat.PNG, dpi));
    }

    /**
     * Writes {@code chart} as SVG.
     *
     * @return the written path
     */
    public static Path svg(Chart<?, ?> chart, Path target) throws IOException {
        return writeBytes(target, svgBytes(chart));
    }

    /**
     * Writes {@code chart} as a one-page PDF.
     *
     * @return the written path
     */
    public static Path pdf(Chart<?, ?> chart, Path target) throws IOException {
        return writeBytes(target, pdfBytes(chart));
    }

    /**
     * Writes {@code chart} in each of {@code formats} as {@code base} plus the format's extension
     * ({@code figures/convergence} gives {@code figures/convergence.png}, ...).
     *
     * @param dpi the PNG resolution
     * @return the written paths, in the order of {@link Format}
     */
    public static List<Path> write(Chart<?, ?> chart, Path base, Set<Format> formats, int dpi) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Format format : Format.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            Path target = base.resolveSibling(base.getFileName() + format.extension());
            written.add(switch (format) {
                case PNG -> png(chart, target, dpi);
                case SVG -> svg(chart, target);
                case PDF -> pdf(chart, target);
            });
        }
        return written;
    }

    /** The SVG document of {@code chart}: deterministic, sized in points, coordinates to 0.001 pt (see {@link SvgTidy}). */
    public static byte[] svgBytes(Chart<?, ?> chart) throws IOException {
        String document = new String(Determinism.svg(vector(chart, VectorGraphicsEncoder.VectorGraphicsFormat.SVG)),
                StandardCharsets.UTF_8);
        return SvgTidy.tidy(document, chart.getWidth(), chart.getHeight()).getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF document of {@code chart}, deterministic. */
    public static byte[] pdfBytes(Chart<?, ?> chart) throws IOException {
        return Determinism.pdf(vector(chart, VectorGraphicsEncoder.VectorGraphicsFormat.PDF));
    }

    private static byte[] vector(Chart<?, ?> chart, VectorGraphicsEncoder.VectorGraphicsFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, format);
        return out.toByteArray();
    }

    private static Path writeBytes(Path target, byte[] bytes) throws IOException {
        return AtomicFiles.produce(target, "", path -> Files.write(path, bytes, StandardOpenOption.CREATE_NEW));
    }
}
