package dev.beacon.security;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.beacon.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Beacon's own health and metrics: health for everyone, metrics only for the configured scraper. */
@IntegrationTest
class ActuatorAccessTest {

    private static final String METRICS_TOKEN = "test-metrics-token";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void health_is_public_and_tells_only_the_status() {
        Http.Response response = http.get("/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().propertyNames()).as("only the status: no groups, components or details")
                .containsExactly("status");
        assertThat(response.body()).doesNotContainIgnoringCase("postgres").doesNotContainIgnoringCase("diskSpace");
    }

    @Test
    void prometheus_refuses_anonymous_scrapers() {
        Http.Response response = http.get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).doesNotContain("jvm_");
        assertThat(response.header("Set-Cookie")).as("a refused scraper gets no session").isEmpty();
        assertThat(response.contentType()).contains("charset=UTF-8");
    }

    @Test
    void prometheus_serves_metrics_with_the_configured_token() {
        Http.Response response = http.get("/actuator/prometheus", "Authorization", bearer(METRICS_TOKEN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes");
        assertThat(response.header("Set-Cookie")).as("a scraper gets no session").isEmpty();
    }

    @Test
    void prometheus_refuses_a_wrong_token_and_a_normal_users_api_token() {
        UserAccount user = fixtures.memberOfNewTeam("scraper", TeamRole.OWNER);
        String apiToken = fixtures.apiToken(user);

        for (String wrong : new String[]{METRICS_TOKEN + "x", "test-metrics-tok", apiToken}) {
            Http.Response response = http.get("/actuator/prometheus", "Authorization", bearer(wrong));
            assertThat(response.status()).as(wrong).isIn(401, 403);
            assertThat(response.body()).doesNotContain("jvm_");
        }
    }

    @Test
    void the_metrics_token_opens_nothing_but_metrics() {
        assertThat(http.get("/api/v1/models", "Authorization", bearer(METRICS_TOKEN)).status()).isEqualTo(401);
        assertThat(http.get("/actuator/env", "Authorization", bearer(METRICS_TOKEN)).status()).isIn(401, 403, 404);
        assertThat(http.get("/models", "Authorization", bearer(METRICS_TOKEN)).status()).isEqualTo(302);
    }
}
