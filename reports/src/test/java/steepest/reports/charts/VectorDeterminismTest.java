package steepest.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.XYChart;
import steepest.reports.export.Export;

/** The same figure, built and exported twice, gives the same SVG, PDF and PNG bytes. */
class VectorDeterminismTest {

    static Stream<Arguments> charts() {
        return ChartRenderingTest.charts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void svgIsByteIdenticalTwice(String name, Supplier<XYChart> render) throws IOException {
        byte[] first = Export.svgBytes(render.get());
        byte[] second = Export.svgBytes(render.get());
        assertArrayEquals(first, second, name);
        String svg = new String(first, StandardCharsets.UTF_8);
        Matcher ids = Pattern.compile("id=\"(clip[^\"]*)\"").matcher(svg);
        int n = 0;
        while (ids.find()) {
            n++;
            assertTrue(ids.group(1).equals("clip" + n), () -> name + ": clip ids numbered in order, got " + ids.group(1));
        }
        assertFalse(svg.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:.*"), "no timestamp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pngIsByteIdenticalTwice(String name, Supplier<XYChart> render, int total, String[] legend,
                                 @TempDir Path folder) throws IOException {
        byte[] first = Files.readAllBytes(Export.png(render.get(), folder.resolve("a.png"), 150));
        byte[] second = Files.readAllBytes(Export.png(render.get(), folder.resolve("b.png"), 150));
        assertArrayEquals(first, second, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pdfIsByteIdenticalTwice(String name, Supplier<XYChart> render) throws IOException, InterruptedException {
        byte[] first = Export.pdfBytes(render.get());
        // PDFBox derives the file identifier from the clock; let it move.
        Thread.sleep(5);
        byte[] second = Export.pdfBytes(render.get());
        assertArrayEquals(first, second, name);
        String pdf = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(pdf.contains("/CreationDate") || pdf.contains("/ModDate"), "no dates");
    }
}
