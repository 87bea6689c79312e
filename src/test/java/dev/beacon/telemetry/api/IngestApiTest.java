package dev.beacon.telemetry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.beacon.telemetry.api.IngestClient.event;
import static dev.beacon.telemetry.api.IngestClient.events;
import static dev.beacon.telemetry.api.IngestClient.gzip;
import static dev.beacon.telemetry.api.IngestClient.score;
import static dev.beacon.telemetry.api.IngestClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The REST batch API accepts what clients really send: plain and wrapped arrays, gzip, retries, scores. */
@IntegrationTest
class IngestApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    MutableClock clock;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService telemetry;

    IngestClient client;
    Team team;
    Model model;
    String key;

    @BeforeEach
    void aTeamWithAModelAndAKey() {
        client = new IngestClient(new Http(port), db);
        team = fixtures.team("ingest");
        model = fixtures.model(team, "llm");
        key = fixtures.ingestionKey(team);
    }

    @Test
    void a_batch_of_events_is_committed_and_the_answer_counts_it() {
        var response = client.events(key, events(model.id(), clock.instant(), 25));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(25);
        assertThat(response.json().get("duplicates").asInt()).isZero();
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(25);
    }

    @Test
    void events_may_name_the_model_by_its_served_name_and_come_wrapped_in_an_object() {
        var response = client.events(key, Map.of("events", List.of(event(model.data().servedModelName(), clock.instant()))));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(1);
    }

    @Test
    void a_gzip_compressed_batch_is_accepted() {
        byte[] body = gzip(Http.json(events(model.id(), clock.instant(), 300)));

        var response = client.post(IngestClient.EVENTS, body, "Authorization", Http.bearer(key),
                "Content-Type", "application/json", "Content-Encoding", "gzip");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(300);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(300);
    }

    @Test
    void a_retried_batch_with_the_same_client_event_ids_is_counted_once_and_the_answer_says_duplicates() {
        Instant now = clock.instant();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(with(event(model.id(), now.minusSeconds(i)), "clientEventId", "req-" + i));
        }

        var first = client.events(key, batch);
        var retry = client.events(key, batch);

        assertThat(first.json().get("accepted").asInt()).isEqualTo(40);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().get("accepted").asInt()).isZero();
        assertThat(retry.json().get("duplicates").asInt()).isEqualTo(40);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(40);
        rollups.runOnce();
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        var summary = fixtures.as(viewer, () -> telemetry.summary(model.id(), now.minus(Duration.ofHours(1)), now.plusSeconds(60)));
        assertThat(summary.requests()).isEqualTo(40);
    }

    @Test
    void scores_are_stored_from_a_plain_or_a_wrapped_array() {
        var plain = client.scores(key, List.of(score(model.id(), clock.instant()), score(model.id(), clock.instant())));
        var wrapped = client.scores(key, Map.of("scores", List.of(with(score(model.id(), clock.instant()), "name", "faithfulness"))));

        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(wrapped.status()).as(wrapped.body()).isEqualTo(200);
        assertThat(client.scoresStoredFor(model.id())).isEqualTo(3);
    }

    @Test
    void a_key_limited_to_one_model_writes_for_that_model() {
        String limited = fixtures.ingestionKey(team, model.id()).secret();

        var response = client.events(limited, List.of(event(model.id(), clock.instant())));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(1);
    }

    @Test
    void the_api_description_documents_both_endpoints_with_the_ingestion_key_and_curl_examples() {
        var docs = new Http(port).get("/api/docs/openapi.json");

        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/ingest/events")).isTrue();
        assertThat(paths.has("/api/v1/ingest/scores")).isTrue();
        assertThat(paths.has("/api/v1/teams/{teamId}/ingestion-keys")).isTrue();
        var events = paths.get("/api/v1/ingest/events").get("post");
        assertThat(events.get("description").asString()).contains("curl", "Content-Encoding: gzip", "clientEventId");
        assertThat(events.get("security").toString()).contains("ingestionKey");
        assertThat(events.get("requestBody").toString()).contains("latencyMs");
        assertThat(events.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(events.get("responses").get("200").get("content").get("application/json").toString()).contains("IngestResult");
        assertThat(docs.json().get("components").get("securitySchemes").has("ingestionKey")).isTrue();
    }
}
