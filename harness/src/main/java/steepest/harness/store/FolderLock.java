package steepest.harness.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A lock on a results folder, held through the file {@value #FILE} in it: exclusive for the process
 * that writes the folder (a run, a merge, a tuning phase) for as long as it writes, shared for one
 * that only reads it whole (a merge's sources). It is an operating-system lock on an open file
 * ({@link FileChannel#tryLock}), so it is released whenever the holder ends, however it ends: a
 * SIGKILL leaves the file behind but not the lock, and the next run takes it. The holder writes who
 * it is (pid, host, start time) into the file, so that a refused process can name it. The file
 * itself is never deleted: deleting it would let a second process lock a new file while the first
 * still holds the old one.
 */
final class FolderLock implements AutoCloseable {

    /** The lock file's name in a results folder. */
    static final String FILE = ".steepest.lock";

    /** How long a refused process waits for a holder that has just locked to write who it is. */
    private static final int HOLDER_READS = 25;
    private static final long HOLDER_READ_MILLIS = 20;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the exclusive lock of {@code folder}, creating the folder if need be.
     *
     * @throws IllegalArgumentException naming the holder if another process (or another run in this
     *                                  one) holds a lock on it
     */
    static FolderLock exclusive(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = tryLock(folder, channel, false);
        if (lock == null) {
            throw refusal(folder);
        }
        try {
            byte[] holder = (describeThisProcess() + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder), 0);
        } catch (IOException e) {
            channel.close();
            throw e instanceof java.nio.file.FileSystemException ? e
                    : new java.nio.file.FileSystemException(folder.resolve(FILE).toString(), null, e.getMessage());
        }
        return new FolderLock(channel, lock);
    }

    /**
     * Takes a shared lock of {@code folder} if it has a lock file (a folder written by an earlier
     * version has none, and a folder of someone else's may not be writable): writers are kept out
     * while it is read.
     *
     * @throws IllegalArgumentException naming the holder if a process writes the folder now
     */
    static FolderLock shared(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new FolderLock(null, null);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        FileLock lock = tryLock(folder, channel, true);
        if (lock == null) {
            throw refusal(folder);
        }
        return new FolderLock(channel, lock);
    }

    /** Releases the lock (the file stays); closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (channel != null && channel.isOpen()) {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** The lock, or null if another process, or this one through another channel, holds a conflicting one. */
    private static FileLock tryLock(Path folder, FileChannel channel, boolean shared) throws IOException {
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            channel.close();
            return null;
        } catch (IOException e) {
            channel.close();
            throw new java.nio.file.FileSystemException(folder.resolve(FILE).toString(), null, "cannot be locked ("
                    + e.getMessage() + "); the file system must support POSIX locks (NFS needs its lock service)");
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static IllegalArgumentException refusal(Path folder) throws IOException {
        return new IllegalArgumentException("results folder " + folder + " is in use by " + holder(folder)
                + "; wait for it to end or use another folder");
    }

    /** Who holds the lock, as it wrote itself into the lock file (waiting briefly for a holder that just locked). */
    private static String holder(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        for (int attempt = 0; attempt < HOLDER_READS; attempt++) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                return ResultsFileException.excerpt(text, 200);
            }
            try {
                Thread.sleep(HOLDER_READ_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "another process (it has not said which)";
    }

    /** "pid 1234 on host node7, started 2026-01-31T12:00:00Z". */
    private static String describeThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS);
        return "pid " + self.pid() + " on host " + hostName() + ", started " + started;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "unknown" : fromEnvironment;
        }
    }
}
