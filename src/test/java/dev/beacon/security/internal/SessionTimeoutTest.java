package dev.beacon.security.internal;

import dev.beacon.IntegrationTest;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a signed-in browser session lasts without requests: 8 hours unless BEACON_SESSION_TIMEOUT says otherwise. */
@IntegrationTest
class SessionTimeoutTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void the_running_server_ends_sessions_after_eight_idle_hours_by_default() {
        assertThat(servletContext.getSessionTimeout()).as("minutes").isEqualTo(8 * 60);
    }

    @Test
    void the_environment_variable_BEACON_SESSION_TIMEOUT_sets_the_idle_timeout() throws IOException {
        assertThat(sessionTimeoutWith(Map.of("BEACON_SESSION_TIMEOUT", "30m"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(sessionTimeoutWith(Map.of("BEACON_SESSION_TIMEOUT", "2d"))).isEqualTo(Duration.ofDays(2));
        assertThat(sessionTimeoutWith(Map.of())).isEqualTo(Duration.ofHours(8));
    }

    /** server.servlet.session.timeout as Spring Boot reads it from application.properties and this environment. */
    private static Duration sessionTimeoutWith(Map<String, Object> environment) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("environment", environment));
        sources.addLast(new ResourcePropertySource("classpath:application.properties"));
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                .bind("server.servlet.session.timeout", Duration.class).get();
    }
}
