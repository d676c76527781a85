package steepest.harness.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic file writes: the content goes to a hidden temporary file beside the target, is forced to
 * disk, and is renamed over the target, so readers (and a rerun after a crash) see either the old
 * file or the complete new one, never a part.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Something that writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content. */
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes {@code text} to {@code target} atomically (UTF-8). */
    public static void writeString(Path target, String text) throws IOException {
        write(target, writer -> writer.write(text));
    }

    /** Writes what {@code content} produces to {@code target} atomically (UTF-8). */
    public static void write(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
