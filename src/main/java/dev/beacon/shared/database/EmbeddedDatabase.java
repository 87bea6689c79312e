package dev.beacon.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;

/** Beacon's embedded PostgreSQL while it runs: the server, its superuser's password, and the data directory's lock. */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final String password;
    private final Path directory;
    private final DataDirectoryLock lock;

    EmbeddedDatabase(EmbeddedPostgres server, String password, Path directory, DataDirectoryLock lock) {
        this.server = server;
        this.password = password;
        this.directory = directory;
        this.lock = lock;
    }

    String jdbcUrl() {
        return server.getJdbcUrl(SuperuserPassword.USER, "postgres");
    }

    String user() {
        return SuperuserPassword.USER;
    }

    String password() {
        return password;
    }

    int port() {
        return server.getPort();
    }

    Path directory() {
        return directory;
    }

    /** Stops the server cleanly, then lets other Beacons have the directory. */
    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            lock.close();
        }
    }
}
