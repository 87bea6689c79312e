package dev.beacon.telemetry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.beacon.Http.bearer;
import static dev.beacon.telemetry.TelemetryTestData.callerFor;
import static dev.beacon.telemetry.TelemetryTestData.logNormalEvents;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TelemetryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    Http http;
    Model model;
    String viewerToken;
    Instant now;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Team team = fixtures.team("api-telemetry");
        model = fixtures.model(team, "llm");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        viewerToken = fixtures.apiToken(viewer);
        now = clock.instant();
        ingestion.ingestEvents(callerFor(team), logNormalEvents(model.id().toString(), now, Duration.ofMinutes(30), 600, 5),
                EventSource.API, true);
        rollups.runOnce();
    }

    @Test
    void the_summary_names_each_figure_with_its_unit() {
        var response = http.get("/api/v1/models/" + model.id() + "/telemetry/summary?from=" + now.minus(Duration.ofHours(1))
                + "&to=" + now.plusSeconds(60), "Authorization", bearer(viewerToken));

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("requests").asLong()).isEqualTo(600);
        assertThat(json.get("latencyP95Ms").asDouble()).isGreaterThan(json.get("latencyP50Ms").asDouble());
        assertThat(json.get("errorRate").asDouble()).isZero();
        assertThat(json.has("timeToFirstTokenP95Ms")).isTrue();
        assertThat(json.has("outputTokensPerSecond")).isTrue();
    }

    @Test
    void a_series_has_one_point_per_step_and_says_its_unit() {
        var response = http.get("/api/v1/models/" + model.id() + "/telemetry/series?metric=requestsPerMinute&from="
                + now.minus(Duration.ofMinutes(30)) + "&to=" + now + "&step=5m", "Authorization", bearer(viewerToken));

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("unit").asString()).isEqualTo("requests/min");
        assertThat(json.get("step").asString()).isEqualTo("PT5M");
        assertThat(json.get("points").size()).isBetween(6, 7);
        double total = 0;
        for (var point : json.get("points")) {
            total += point.get("value").isNull() ? 0 : point.get("value").asDouble() * 5;
        }
        assertThat(total).isCloseTo(600, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void an_unknown_metric_or_a_bad_range_is_a_400_naming_the_parameter() {
        var unknown = http.get("/api/v1/models/" + model.id() + "/telemetry/series?metric=speed", "Authorization", bearer(viewerToken));
        var backwards = http.get("/api/v1/models/" + model.id() + "/telemetry/summary?from=" + now + "&to=" + now.minusSeconds(60),
                "Authorization", bearer(viewerToken));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get("metric").asString()).contains("latencyP95Ms");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").has("from")).isTrue();
    }

    @Test
    void another_teams_user_gets_not_found_exactly_like_for_a_model_that_does_not_exist() {
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        String token = fixtures.apiToken(outsider);

        var foreign = http.get("/api/v1/models/" + model.id() + "/telemetry/summary", "Authorization", bearer(token));
        var missing = http.get("/api/v1/models/" + java.util.UUID.randomUUID() + "/telemetry/summary", "Authorization", bearer(token));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
    }
}
