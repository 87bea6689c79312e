package dev.beacon.shared.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an unclean end leaves in the data directory does not stand in the way of the next start. */
class EmbeddedDatabaseLeftoversTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_postmaster_pid_of_a_process_that_has_ended_does_not_stop_the_start() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();

        assertStartsDespitePidFileOf(ended.pid());
    }

    @Test
    void a_postmaster_pid_naming_a_process_that_is_not_postgres_does_not_stop_the_start() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "60").start();
        try {
            assertStartsDespitePidFileOf(stranger.pid());
            assertThat(stranger.isAlive()).as("the stranger is left alone").isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void a_postmaster_pid_naming_the_server_of_another_directory_leaves_that_server_alone(@TempDir Path otherDirectory) throws Exception {
        try (EmbeddedDatabase other = new EmbeddedDatabaseStarter(new EmbeddedDatabaseProperties(otherDirectory, false, 0, null)).start()) {
            assertStartsDespitePidFileOf(Postgres.pid(otherDirectory));

            try (Connection connection = Postgres.connect(other.port(), other.password())) {
                assertThat(connection.isValid(5)).as("the other directory's server still runs").isTrue();
            }
        }
    }

    @Test
    void a_directory_that_is_not_a_database_is_refused_with_what_to_do() throws Exception {
        Files.writeString(dataDirectory.resolve("notes.txt"), "not a database");
        var properties = new EmbeddedDatabaseProperties(dataDirectory, false, 0, null);

        assertThatThrownBy(() -> new EmbeddedDatabaseStarter(properties).start())
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessage("The data directory " + dataDirectory.toAbsolutePath() + " holds files but no PostgreSQL database:"
                        + " point BEACON_DATA_DIR at Beacon's data directory or at an empty one");
        assertThat(dataDirectory.resolve("notes.txt")).hasContent("not a database");
    }

    @Test
    void any_other_start_failure_names_the_directory_and_what_to_do() throws Exception {
        Path aFile = Files.writeString(dataDirectory.resolve("a-file"), "");
        var properties = new EmbeddedDatabaseProperties(aFile, false, 0, null);

        assertThatThrownBy(() -> new EmbeddedDatabaseStarter(properties).start())
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageStartingWith("The embedded PostgreSQL could not start with its data in " + aFile.toAbsolutePath()
                        + " (FileAlreadyExistsException: " + aFile.toAbsolutePath() + "): check that this user may write there")
                .hasMessageEndingWith("or set SPRING_DATASOURCE_URL to use an external PostgreSQL");
    }

    private void assertStartsDespitePidFileOf(long pid) throws Exception {
        var properties = new EmbeddedDatabaseProperties(dataDirectory, false, 0, null);
        List<String> pidFile;
        try (EmbeddedDatabase first = new EmbeddedDatabaseStarter(properties).start()) {
            pidFile = new ArrayList<>(Files.readAllLines(dataDirectory.resolve(OrphanedServer.PID_FILE)));
        }
        pidFile.set(0, Long.toString(pid));
        Files.write(dataDirectory.resolve(OrphanedServer.PID_FILE), pidFile);

        try (EmbeddedDatabase second = new EmbeddedDatabaseStarter(properties).start();
             Connection connection = Postgres.connect(second.port(), second.password())) {
            assertThat(Postgres.show(connection, "data_directory")).isEqualTo(dataDirectory.toAbsolutePath().toString());
        }
    }
}
