package dev.beacon.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the embedded PostgreSQL as a database to trust with data: durable (fsync, synchronous commit, full page
 * writes), password-protected, on localhost only; and after a crash, without manual steps.
 * See docs/design-decisions/0008-durable-embedded-postgresql.md.
 */
final class EmbeddedDatabaseStarter {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStarter.class);

    private final EmbeddedDatabaseProperties properties;

    EmbeddedDatabaseStarter(EmbeddedDatabaseProperties properties) {
        this.properties = properties;
    }

    /** Throws an {@link EmbeddedDatabaseException} that tells the operator what to do when it cannot start. */
    EmbeddedDatabase start() {
        Path directory = properties.dataDirectory().toAbsolutePath();
        try {
            if (properties.ephemeral()) {
                directory = Files.createTempDirectory("beacon-postgres-");
            }
            Files.createDirectories(directory);
            return Files.exists(directory.resolve("postgresql.conf")) ? startExisting(directory) : startNew(directory);
        } catch (EmbeddedDatabaseException e) {
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            throw EmbeddedDatabaseException.couldNotStart(directory, e);
        }
    }

    /**
     * initdb needs an empty directory, so the lock and the password file move in right after it ran; initdb
     * itself sets the password and writes scram-sha-256 rules, so the new server never trusts anyone.
     */
    private EmbeddedDatabase startNew(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new EmbeddedDatabaseException("The data directory " + directory + " holds files but no PostgreSQL database",
                        "point BEACON_DATA_DIR at Beacon's data directory or at an empty one", null);
            }
        }
        String password = SuperuserPassword.generate();
        Path initdbPassword = SuperuserPassword.writeTemporary(password);
        AtomicReference<DataDirectoryLock> lock = new AtomicReference<>();
        try {
            EmbeddedPostgres server = server(directory, password)
                    // The library hands its "locale" settings to initdb as --key=value, after its own "-A trust".
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", initdbPassword.toString())
                    .setDataDirectoryCustomizer(initialised -> {
                        try {
                            lock.set(DataDirectoryLock.acquireAfterInitdb(directory));
                            SuperuserPassword.write(directory.resolve(SuperuserPassword.FILE_NAME), password);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .start();
            return new EmbeddedDatabase(server, password, directory, lock.get());
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock.get());
            throw e;
        } finally {
            Files.deleteIfExists(initdbPassword);
        }
    }

    private EmbeddedDatabase startExisting(Path directory) throws IOException, SQLException {
        DataDirectoryLock lock = DataDirectoryLock.acquireBeforeStart(directory);
        try {
            OrphanedServer.stopIfRunning(directory, properties.startupTimeout());
            boolean trusting = ClientAuthentication.trustsAnyone(directory);
            Optional<String> stored = SuperuserPassword.read(directory);
            if (stored.isEmpty() && !trusting) {
                throw new EmbeddedDatabaseException("The data directory " + directory + " has no "
                        + SuperuserPassword.FILE_NAME + " file, and its server asks for that password",
                        "restore the file from a backup, or change 'scram-sha-256' to 'trust' in its "
                                + ClientAuthentication.FILE_NAME + " and start Beacon once to set a new password", null);
            }
            String password = stored.orElseGet(SuperuserPassword::generate);
            if (stored.isEmpty()) {
                SuperuserPassword.write(directory.resolve(SuperuserPassword.FILE_NAME), password);
            }
            EmbeddedPostgres server = server(directory, password).start();
            if (trusting) {
                server = requirePasswordFromNowOn(server, directory, password);
            }
            return new EmbeddedDatabase(server, password, directory, lock);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    /** A directory from before Beacon used passwords: set the password, then restart with rules that demand it. */
    private EmbeddedPostgres requirePasswordFromNowOn(EmbeddedPostgres server, Path directory, String password)
            throws IOException, SQLException {
        try (server; Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // A literal because utility statements take no parameters; the alphabet has no quote characters.
            statement.execute("ALTER ROLE " + SuperuserPassword.USER + " PASSWORD '" + password + "'");
        }
        ClientAuthentication.requirePasswords(directory);
        log.warn("The embedded PostgreSQL in {} trusted every local connection; it now requires the password in {}",
                directory, directory.resolve(SuperuserPassword.FILE_NAME));
        return server(directory, password).start();
    }

    private EmbeddedPostgres.Builder server(Path directory, String password) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.ephemeral())
                .setPort(properties.port())
                .setPGStartupWait(properties.startupTimeout())
                // Spring stops the server when it closes the context (also a test's, and removes an ephemeral data
                // directory then), after the requests in flight, the beans that use the database while they close
                // (e.g. Spring Modulith's event publication registry) and the connection pool: the library's own JVM
                // shutdown hook would race Spring's and stop it underneath them.
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", password)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "UTC")
                // The library starts the server with -F (fsync off) and synchronous_commit=off, good for throw-away
                // test databases only; settings given here come later on the command line and win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            log.debug("While cleaning up after a failed start", e);
        }
    }
}
