package steepest.reports.export;

import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes charts to files atomically (see {@link AtomicFiles}), so a crash never leaves half a figure. */
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
}
