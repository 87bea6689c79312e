package dev.beacon.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.beacon.BeaconApplication;
import dev.beacon.security.RunAs;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/** Beacon started in this JVM with {@link BeaconSettings}, as `java -jar` would start it. */
final class InProcessBeacon implements AutoCloseable {

    static final String ADMIN = "admin";

    private final ConfigurableApplicationContext context;
    private final HikariDataSource pool;

    private InProcessBeacon(ConfigurableApplicationContext context) {
        this.context = context;
        this.pool = context.getBean(HikariDataSource.class);
    }

    static InProcessBeacon start(BeaconSettings settings) {
        return new InProcessBeacon(SpringApplication.run(BeaconApplication.class, settings.arguments().toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    /** A connection of its own to Beacon's database (not one of Beacon's pool), autocommit on. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    /** Runs work as Beacon's admin, through the services' own rights checks. */
    <T> T asAdmin(Supplier<T> work) {
        return bean(RunAs.class).user(ADMIN, work);
    }

    String describe() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            return "Beacon is up at " + uri("") + "; PostgreSQL " + show(statement, "server_version") + " with fsync="
                    + show(statement, "fsync") + ", synchronous_commit=" + show(statement, "synchronous_commit")
                    + ", shared_buffers=" + show(statement, "shared_buffers");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String show(Statement statement, String setting) throws SQLException {
        try (var result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
