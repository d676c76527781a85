package steepest.reports.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts to files atomically: to a temporary file beside the target, then a rename, so a
 * crash never leaves a half-written figure.
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
        Path temporary = temporaryBeside(target, ".png");
        try {
            BitmapEncoder.saveBitmapWithDPI(chart, temporary.toString(), BitmapEncoder.BitmapFormat.PNG, dpi);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporaryBeside(Path target, String suffix) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.createTempFile(parent, "." + target.getFileName(), ".tmp" + suffix);
    }
}
