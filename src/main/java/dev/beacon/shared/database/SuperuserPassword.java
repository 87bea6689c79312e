package dev.beacon.shared.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * The password of the embedded server's superuser {@code postgres}: random, generated on the first start and
 * kept in {@code postgres-password} in the data directory, readable only by the user Beacon runs as.
 */
final class SuperuserPassword {

    static final String FILE_NAME = "postgres-password";
    static final String USER = "postgres";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32; // about 190 bits
    private static final SecureRandom RANDOM = new SecureRandom();

    private SuperuserPassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static Optional<String> read(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY); // someone may have widened them
        }
        return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    /** Writes the password to {@code file}, created readable by the owner only, replacing it atomically. */
    static void write(Path file, String password) throws IOException {
        Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new", ownerOnly());
        try {
            try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true); // the database will know only this password: it must survive a power cut
            }
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** A temporary file outside the data directory for initdb, which needs the password before the directory may hold anything. */
    static Path writeTemporary(String password) throws IOException {
        Path file = Files.createTempFile("beacon-postgres-password", ".tmp", ownerOnly());
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    private static FileAttribute<?>[] ownerOnly() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
