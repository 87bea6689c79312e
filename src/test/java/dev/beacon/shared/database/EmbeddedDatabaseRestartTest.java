package dev.beacon.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.beacon.jooq.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

/** Beacon's own embedded-database configuration keeps what was stored when Beacon restarts. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_team_stored_before_a_restart_is_still_there_after_it() throws Exception {
        var properties = new EmbeddedDatabaseProperties(dataDirectory, false, 0, null);
        var configuration = new EmbeddedDatabaseConfiguration();

        try (EmbeddedDatabase first = configuration.embeddedDatabase(properties);
             HikariDataSource dataSource = configuration.dataSource(first)) {
            migrate(dataSource);
            DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES)
                    .insertInto(TEAM).set(TEAM.NAME, "survives-restarts").set(TEAM.DESCRIPTION, "").execute();
        }

        try (EmbeddedDatabase second = configuration.embeddedDatabase(properties);
             HikariDataSource dataSource = configuration.dataSource(second)) {
            assertThat(migrate(dataSource)).as("migrations applied again").isZero();
            assertThat(DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES).fetch(TEAM).getValues(TEAM.NAME))
                    .containsExactly("survives-restarts");
        }
    }

    private static int migrate(HikariDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate().migrationsExecuted;
    }
}
