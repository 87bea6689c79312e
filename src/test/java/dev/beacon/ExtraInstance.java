package dev.beacon;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Another Beacon instance with its schedules on, on the test context's database, as a second server would run — for
 * tests that prove work happens once across instances. Two things in one JVM are global and would be taken over by the
 * new instance: the logging system (left alone here) and Spring Security's context holder strategy, which Vaadin sets
 * on start-up and which is handed back to the test context afterwards (the extra instances only run background work,
 * which signs in no one).
 */
public final class ExtraInstance {

    /** The test context's {@code beacon.secret-key} (application-test.properties): the shared database's secrets need it. */
    static final String TEST_SECRET_KEY = "Kx3k7bq0oQ2lXo3m9nH1mI0v4nB6zT8a2cE5fG7hJ9k=";

    private ExtraInstance() {
    }

    /** Starts an instance on the shared database; {@code arguments} add to or override its settings. */
    public static ConfigurableApplicationContext start(DataSource dataSource, String... arguments) throws SQLException {
        HikariDataSource shared = dataSource.unwrap(HikariDataSource.class);
        List<String> settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + shared.getJdbcUrl(),
                "--spring.datasource.username=" + shared.getUsername(),
                "--spring.datasource.password=" + (shared.getPassword() == null ? "" : shared.getPassword()),
                "--beacon.background-jobs.enabled=true",
                "--server.port=0",
                // two instances in one JVM cannot both take OTLP/gRPC's port
                "--beacon.telemetry.otlp.grpc.enabled=false",
                "--spring.main.banner-mode=off"));
        if (Stream.of(arguments).noneMatch(argument -> argument.startsWith("--beacon.secret-key="))) {
            settings.add("--beacon.secret-key=" + TEST_SECRET_KEY);
        }
        settings.addAll(List.of(arguments));
        SecurityContextHolderStrategy testContextStrategy = SecurityContextHolder.getContextHolderStrategy();
        String loggingSystem = System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        try {
            return new SpringApplicationBuilder(BeaconApplication.class)
                    .initializers(context -> context.getBeanFactory().registerSingleton("testClassesExcluded", new TestClassesExcluded()))
                    .run(settings.toArray(String[]::new));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(testContextStrategy);
            if (loggingSystem == null) {
                System.clearProperty("org.springframework.boot.logging.LoggingSystem");
            } else {
                System.setProperty("org.springframework.boot.logging.LoggingSystem", loggingSystem);
            }
        }
    }

    /** Leaves the test suite's own Spring configuration (test clock, fixtures) out of the extra instances. */
    static final class TestClassesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            var metadata = reader.getAnnotationMetadata();
            return metadata.hasAnnotation(TestComponent.class.getName()) || metadata.hasMetaAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }
}
