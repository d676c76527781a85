package steepest.problems.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens data files and bundled resources as text, decompressing names that end in {@code .gz}. */
final class Sources {

    private static final int BUFFER = 1 << 16;

    private Sources() {
    }

    /** Opens a file. */
    static BufferedReader open(Path file) throws IOException {
        return reader(Files.newInputStream(file), file.getFileName().toString());
    }

    /** Opens a class-path resource, e.g. {@code /datasets/iris.csv}. */
    static BufferedReader openResource(String resource) throws IOException {
        InputStream in = Sources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing from the class path");
        }
        return reader(in, resource);
    }

    private static BufferedReader reader(InputStream in, String name) throws IOException {
        InputStream raw;
        try {
            raw = name.endsWith(".gz") ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), BUFFER);
    }
}
