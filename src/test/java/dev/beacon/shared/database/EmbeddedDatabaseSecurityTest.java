package dev.beacon.shared.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server of a real (non-ephemeral) data directory is durable and lets no one in without the password. */
class EmbeddedDatabaseSecurityTest {

    @TempDir
    static Path dataDirectory;

    static EmbeddedDatabase database;

    @BeforeAll
    static void start() {
        database = new EmbeddedDatabaseStarter(new EmbeddedDatabaseProperties(dataDirectory, false, 0, null)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void a_connection_without_a_password_is_refused() {
        assertThatThrownBy(() -> Postgres.connect(database.port(), null).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    @Test
    void a_connection_with_a_wrong_password_is_refused() {
        assertThatThrownBy(() -> Postgres.connect(database.port(), "postgres").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void the_password_in_the_data_directory_lets_the_operator_in() throws Exception {
        try (Connection connection = Postgres.connect(database.port(), Postgres.storedPassword(dataDirectory))) {
            assertThat(Postgres.show(connection, "is_superuser")).isEqualTo("on");
        }
    }

    @Test
    void the_password_file_is_readable_by_its_owner_only() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDirectory.resolve(SuperuserPassword.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void no_client_authentication_rule_trusts_anyone() throws Exception {
        assertThat(Files.readAllLines(dataDirectory.resolve(ClientAuthentication.FILE_NAME)))
                .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
    }

    @Test
    void a_commit_is_on_disk_before_it_is_acknowledged() throws Exception {
        try (Connection connection = Postgres.connect(database.port(), database.password())) {
            assertThat(Postgres.show(connection, "fsync")).isEqualTo("on");
            assertThat(Postgres.show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(Postgres.show(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void the_server_listens_on_localhost_only() throws Exception {
        try (Connection connection = Postgres.connect(database.port(), database.password())) {
            assertThat(Postgres.show(connection, "listen_addresses")).isEqualTo("localhost");
        }
    }
}
