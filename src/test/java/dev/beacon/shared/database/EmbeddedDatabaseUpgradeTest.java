package dev.beacon.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data directory made by an earlier Beacon (which trusted every local connection) is secured on start, with its data. */
class EmbeddedDatabaseUpgradeTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_trusting_data_directory_gets_a_password_and_then_refuses_connections_without_it() throws Exception {
        try (EmbeddedPostgres earlierBeacon = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
             Connection connection = earlierBeacon.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')");
        }
        assertThat(ClientAuthentication.trustsAnyone(dataDirectory)).as("made the old way").isTrue();

        try (EmbeddedDatabase database = new EmbeddedDatabaseStarter(
                new EmbeddedDatabaseProperties(dataDirectory, false, 0, null)).start()) {
            assertThatThrownBy(() -> Postgres.connect(database.port(), null).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDirectory.resolve(SuperuserPassword.FILE_NAME))))
                    .isEqualTo("rw-------");
            assertThat(ClientAuthentication.trustsAnyone(dataDirectory)).isFalse();
            try (Connection connection = Postgres.connect(database.port(), Postgres.storedPassword(dataDirectory));
                 var kept = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("from before");
            }
        }
    }
}
