package dev.beacon.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The PostgreSQL that Beacon starts itself when no external database is configured.
 *
 * @param dataDirectory where the database keeps its files between runs
 * @param ephemeral     use a fresh temporary directory and delete it on shutdown (tests)
 * @param port          TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("beacon.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean ephemeral, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}
