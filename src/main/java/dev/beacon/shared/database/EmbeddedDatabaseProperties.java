package dev.beacon.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The PostgreSQL that Beacon starts itself when no external database is configured.
 *
 * @param dataDirectory  where the database keeps its files between runs
 * @param ephemeral      use a fresh temporary directory and delete it on shutdown (tests)
 * @param port           TCP port on localhost; 0 picks a free one
 * @param startupTimeout how long to wait for the server to start, and for a server left running by a crashed
 *                       Beacon to stop; recovery after a power cut can take a while
 */
@ConfigurationProperties("beacon.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean ephemeral, int port, Duration startupTimeout) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        if (startupTimeout == null) {
            startupTimeout = Duration.ofSeconds(60);
        }
    }
}
