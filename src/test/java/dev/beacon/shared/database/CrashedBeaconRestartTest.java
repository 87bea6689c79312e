package dev.beacon.shared.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beacon in a JVM of its own, killed the hard way and started again on the same data directory.
 * Every child process and PostgreSQL server is stopped in a finally block, so a failing test leaves nothing running.
 */
class CrashedBeaconRestartTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path dataDirectory;

    @Test
    void beacon_killed_with_sigkill_comes_back_on_the_first_start_with_its_data() throws Exception {
        try {
            try (BeaconProcess crashing = BeaconProcess.start(dataDirectory).awaitReady(START)) {
                try (Connection connection = Postgres.connect(Postgres.port(dataDirectory), Postgres.storedPassword(dataDirectory))) {
                    connection.createStatement().execute("INSERT INTO team (name, description) VALUES ('survives-kill-9', '')");
                }
                crashing.killHard();
            }
            ProcessHandle orphan = ProcessHandle.of(Postgres.pid(dataDirectory)).orElseThrow();
            assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed Beacon").isTrue();

            try (BeaconProcess restarted = BeaconProcess.start(dataDirectory).awaitReady(START);
                 Connection connection = Postgres.connect(Postgres.port(dataDirectory), Postgres.storedPassword(dataDirectory));
                 ResultSet teams = connection.createStatement().executeQuery("SELECT count(*) FROM team WHERE name = 'survives-kill-9'")) {
                assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
                assertThat(restarted.output()).contains("still running on " + dataDirectory);
                teams.next();
                assertThat(teams.getInt(1)).isEqualTo(1);
            }
        } finally {
            stopServerOn(dataDirectory);
        }
    }

    @Test
    void a_second_beacon_on_the_data_directory_of_a_running_one_stops_with_one_clear_line() throws Exception {
        try (EmbeddedDatabase running = new EmbeddedDatabaseStarter(new EmbeddedDatabaseProperties(dataDirectory, false, 0, null)).start();
             BeaconProcess second = BeaconProcess.start(dataDirectory)) {
            assertThat(second.awaitExit(START)).isNotZero();
            assertThat(second.output())
                    .contains("The data directory " + dataDirectory + " is in use by another running Beacon (process "
                            + ProcessHandle.current().pid() + ").")
                    .doesNotContain("\tat ");
            try (Connection connection = Postgres.connect(running.port(), running.password())) {
                assertThat(connection.isValid(5)).as("the running database was left alone").isTrue();
            }
        } finally {
            stopServerOn(dataDirectory);
        }
    }

    private static void stopServerOn(Path dataDirectory) throws IOException {
        OrphanedServer.stopIfRunning(dataDirectory, Duration.ofSeconds(30));
    }
}
