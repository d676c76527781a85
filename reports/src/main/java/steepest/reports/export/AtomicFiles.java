package steepest.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic file writes: the content goes to a hidden temporary file beside the target and is renamed
 * over it, so readers (and a rerun after the process is killed) see either the old file or the
 * complete new one, never a part. Files are not forced to disk (an fsync per file costs more than a
 * small cell's computation); after an operating-system crash a file may come back empty, which
 * readers that care detect by its content (a results folder reruns such a cell). Files get the
 * process's default permissions. A failure names the file being written (a write that fails for
 * lack of space names none by itself).
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

    /** Something that writes a file at a path it is given. */
    @FunctionalInterface
    public interface Producer {
        /** Writes the complete file at {@code path}. */
        void writeTo(Path path) throws IOException;
    }

    /**
     * Writes {@code text} to {@code target} atomically (UTF-8, as {@link #write} encodes it), in one
     * write of its bytes: no encoder or stream buffer per file, which counts for a grid of many small
     * cells.
     */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        produce(target, "", path -> Files.write(path, bytes, StandardOpenOption.CREATE_NEW));
    }

    /** Writes what {@code content} produces to {@code target} atomically (UTF-8). */
    public static void write(Path target, Content content) throws IOException {
        produce(target, "", path -> {
            try (OutputStream stream = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW);
                 Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
        });
    }

    /**
     * Lets {@code producer} write a temporary file beside {@code target} (its name ends with
     * {@code suffix}, for encoders that insist on an extension), then renames it over the target.
     *
     * @return the target
     */
    public static Path produce(Path target, String suffix, Producer producer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = parent.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp" + suffix);
        try {
            producer.writeTo(temporary);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw naming(target, temporary, e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * {@code e} naming {@code target}: a failed write ("No space left on device") names no file, and
     * one on the temporary names a hidden name the user never asked for.
     */
    private static IOException naming(Path target, Path temporary, IOException e) {
        FileSystemException fs = e instanceof FileSystemException f ? f : null;
        if (fs != null && fs.getFile() != null && !fs.getFile().equals(temporary.toString())) {
            return e;
        }
        String reason = fs != null ? fs.getReason() : e.getMessage();
        for (Throwable cause = e.getCause(); fs == null && cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null) {
                reason = cause.getMessage();   // an encoder's "I/O error writing PNG file!" hides "No space left on device"
            }
        }
        FileSystemException named = e instanceof AccessDeniedException
                ? new AccessDeniedException(target.toString(), null, reason)
                : new FileSystemException(target.toString(), null, reason);
        named.initCause(e);
        return named;
    }
}
