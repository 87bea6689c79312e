package dev.beacon.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * The embedded server's {@code pg_hba.conf}: who may connect, and how. Beacon's servers ask every connection,
 * local socket or TCP on the loopback address, for a password ({@code scram-sha-256}); data directories made by
 * Beacon before that trusted every local connection and are rewritten on start.
 */
final class ClientAuthentication {

    static final String FILE_NAME = "pg_hba.conf";
    private static final Pattern TRUST_RULE = Pattern.compile("^\\s*[^#\\s].*\\strust(\\s.*)?$", Pattern.MULTILINE);

    static final String PASSWORD_REQUIRED = """
            # Written by Beacon: every connection needs a password (the superuser's is in %s).
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """.formatted(SuperuserPassword.FILE_NAME);

    private ClientAuthentication() {
    }

    static boolean trustsAnyone(Path directory) throws IOException {
        return TRUST_RULE.matcher(Files.readString(directory.resolve(FILE_NAME))).find();
    }

    /** Replaces the rules atomically; the server must be stopped, so that no connection slips in under the old ones. */
    static void requirePasswords(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        Path draft = Files.createTempFile(directory, FILE_NAME, ".new");
        try {
            Files.writeString(draft, PASSWORD_REQUIRED);
            Files.setPosixFilePermissions(draft, Files.getPosixFilePermissions(file));
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
