package dev.beacon.shared.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where Beacon's secret key comes from, in this order: {@code BEACON_SECRET_KEY} (base64 of 32 bytes); the file
 * {@code BEACON_SECRET_KEY_FILE}; {@code secret.key} in the embedded database's data directory. A key file that
 * does not exist yet is generated with permissions 0600; one that others may read or write is refused, like ssh
 * refuses such a private key. An ephemeral embedded database (tests) gets a key that lives in memory only, as its
 * data does; an external database without either setting is refused, since a key generated into a container's
 * file system would be lost with it.
 *
 * @param configuredKey  {@code beacon.secret-key}, blank when unset
 * @param keyFile        {@code beacon.secret-key-file}, or the embedded data directory's {@code secret.key}; null when neither exists
 * @param ephemeral      the embedded database is thrown away on shutdown
 */
record SecretKeySource(String configuredKey, Path keyFile, boolean ephemeral) {

    static final String FILE_NAME = "secret.key";
    private static final Logger log = LoggerFactory.getLogger(SecretKeySource.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    /** A key and where it came from, in words for messages ("BEACON_SECRET_KEY", "the key file /data/secret.key"). */
    record LoadedKey(byte[] key, String origin) {

        @Override
        public String toString() {
            return "LoadedKey[" + origin + "]";
        }
    }

    LoadedKey load() {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return new LoadedKey(decode(configuredKey, "BEACON_SECRET_KEY"), "BEACON_SECRET_KEY");
        }
        if (keyFile != null) {
            return fromFile(keyFile.toAbsolutePath());
        }
        if (ephemeral) {
            return new LoadedKey(randomKey(), "a key for this run only (ephemeral database)");
        }
        throw SecretKeyException.noPlaceForKeyFile();
    }

    private static LoadedKey fromFile(Path file) {
        String origin = "the key file " + file;
        try {
            if (Files.notExists(file)) {
                generate(file);
                log.info("Generated Beacon's secret key into {} (permissions 0600). Keep it with the database's backups:"
                        + " the model API keys Beacon stores cannot be read without it", file);
            }
            if (posix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                throw new SecretKeyException(origin + " may be read or changed by other users ("
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + ")",
                        "allow only its owner: chmod 600 " + file, null);
            }
            return new LoadedKey(decode(Files.readString(file, StandardCharsets.US_ASCII), origin), origin);
        } catch (IOException e) {
            throw new SecretKeyException("Beacon could not read or create " + origin + " (" + e + ")",
                    "check that this user may write there, or set BEACON_SECRET_KEY", e);
        }
    }

    /** Written to a temporary file first, so a crash never leaves a half-written key behind. */
    private static void generate(Path file) throws IOException {
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path draft = posix(directory)
                ? Files.createTempFile(directory, FILE_NAME, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(directory, FILE_NAME, ".new");
        try {
            Files.writeString(draft, Base64.getEncoder().encodeToString(randomKey()) + "\n", StandardCharsets.US_ASCII);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static byte[] decode(String text, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw SecretKeyException.malformed(origin, "not base64");
        }
        if (key.length != SecretBox.KEY_BYTES) {
            throw SecretKeyException.malformed(origin, key.length + " bytes instead of " + SecretBox.KEY_BYTES);
        }
        return key;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "SecretKeySource[keyFile=" + keyFile + ", ephemeral=" + ephemeral + "]";
    }
}
