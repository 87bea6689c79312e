package dev.beacon.telemetry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static dev.beacon.telemetry.api.IngestClient.event;
import static dev.beacon.telemetry.api.IngestClient.score;
import static dev.beacon.telemetry.api.IngestClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every bad batch is a 400 problem naming the offending field of the offending item, stores nothing —
 * not even the valid items around it — and leaves the server answering the next good batch.
 */
@IntegrationTest
class IngestApiValidationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    MutableClock clock;

    IngestClient client;
    Team team;
    Model model;
    String key;

    @BeforeEach
    void aTeamWithAModelAndAKey() {
        client = new IngestClient(new Http(port), db);
        team = fixtures.team("validation");
        model = fixtures.model(team, "llm");
        key = fixtures.ingestionKey(team);
    }

    /** What to change in the middle event of three, and the field the answer must name. */
    static Stream<Arguments> badEvents() {
        return Stream.of(
                bad("latency over one hour", (e, now) -> with(e, "latencyMs", 3_600_001), "latencyMs"),
                bad("negative latency", (e, now) -> with(e, "latencyMs", -5), "latencyMs"),
                bad("no latency", (e, now) -> with(e, "latencyMs", null), "latencyMs"),
                bad("time to first token after the end", (e, now) -> with(e, "timeToFirstTokenMs", 900), "timeToFirstTokenMs"),
                bad("input tokens over ten million", (e, now) -> with(e, "inputTokens", 10_000_001), "inputTokens"),
                bad("negative output tokens", (e, now) -> with(e, "outputTokens", -1), "outputTokens"),
                bad("six minutes in the future", (e, now) -> with(e, "timestamp", now.plus(Duration.ofMinutes(6)).toString()), "timestamp"),
                bad("older than the retention", (e, now) -> with(e, "timestamp", now.minus(Duration.ofDays(31)).toString()), "timestamp"),
                bad("unknown model", (e, now) -> with(e, "model", "no-such-model"), "model"),
                bad("unknown status", (e, now) -> with(e, "status", "maybe"), "status"),
                bad("error type on a success", (e, now) -> with(e, "errorType", "timeout"), "errorType"),
                bad("absurd temperature", (e, now) -> with(e, "temperature", 50), "temperature"),
                bad("no max tokens", (e, now) -> with(e, "maxTokens", 0), "maxTokens"),
                bad("overlong client event id", (e, now) -> with(e, "clientEventId", "x".repeat(129)), "clientEventId"),
                bad("a string where a number belongs", (e, now) -> with(e, "latencyMs", "fast"), "latencyMs"),
                bad("a timestamp that is not one", (e, now) -> with(e, "timestamp", "yesterday"), "timestamp"),
                bad("a number where text belongs", (e, now) -> with(e, "model", List.of(1, 2)), "model"));
    }

    private static Arguments bad(String what, BiFunction<Map<String, Object>, Instant, Map<String, Object>> change, String field) {
        return arguments(what, change, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void a_bad_event_refuses_the_whole_batch_naming_its_field(String what,
                                                             BiFunction<Map<String, Object>, Instant, Map<String, Object>> change,
                                                             String field) {
        Instant now = clock.instant();
        var batch = List.of(event(model.id(), now), change.apply(event(model.id(), now), now), event(model.id(), now));

        var response = client.events(key, batch);

        assertRefused(response, "events[1]." + field);
        assertThat(client.eventsStoredFor(model.id())).isZero();
        assertStillServing();
    }

    @Test
    void every_invalid_item_is_named_not_only_the_first() {
        Instant now = clock.instant();
        var batch = List.of(event(model.id(), now), with(event(model.id(), now), "latencyMs", 4_000_000),
                with(event(model.id(), now), "model", "missing"));

        var response = client.events(key, batch);

        assertRefused(response, "events[1].latencyMs");
        assertThat(response.json().get("errors").has("events[2].model")).isTrue();
        assertThat(response.json().get("errorCount").asInt()).isEqualTo(2);
        assertThat(client.eventsStoredFor(model.id())).isZero();
    }

    @Test
    void a_batch_full_of_errors_lists_the_first_hundred_and_says_how_many_there_are() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            batch.add(with(event(model.id(), clock.instant()), "latencyMs", 4_000_000));
        }

        var response = client.events(key, batch);

        assertRefused(response, "events[0].latencyMs");
        assertThat(response.json().get("errors").size()).isEqualTo(100);
        assertThat(response.json().get("errorCount").asInt()).isEqualTo(150);
        assertThat(response.json().get("detail").asString()).contains("150");
    }

    @Test
    void malformed_json_is_a_400_naming_the_body() {
        byte[] truncated = "[{\"model\": \"x\", \"latencyMs\": 5".getBytes(StandardCharsets.UTF_8);

        var response = client.post(IngestClient.EVENTS, truncated, "Authorization", Http.bearer(key), "Content-Type", "application/json");
        var notABatch = client.events(key, Map.of("model", model.id().toString()));

        assertRefused(response, "body");
        assertRefused(notABatch, "body");
        assertStillServing();
    }

    @Test
    void a_body_that_is_not_json_is_a_415_and_an_unknown_encoding_too() {
        byte[] body = Http.json(List.of(event(model.id(), clock.instant()))).getBytes(StandardCharsets.UTF_8);

        var text = client.post(IngestClient.EVENTS, body, "Authorization", Http.bearer(key), "Content-Type", "text/plain");
        var none = client.post(IngestClient.EVENTS, body, "Authorization", Http.bearer(key));
        var brotli = client.post(IngestClient.EVENTS, body, "Authorization", Http.bearer(key),
                "Content-Type", "application/json", "Content-Encoding", "br");

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.contentType()).startsWith("application/problem+json");
        assertThat(text.json().get("detail").asString()).contains("application/json");
        assertThat(none.status()).isEqualTo(415);
        assertThat(brotli.status()).isEqualTo(415);
        assertThat(brotli.json().get("detail").asString()).contains("gzip");
        assertThat(client.eventsStoredFor(model.id())).isZero();
        assertStillServing();
    }

    @Test
    void a_body_that_claims_gzip_but_is_not_or_ends_too_early_is_a_400_naming_the_body() {
        byte[] body = Http.json(List.of(event(model.id(), clock.instant()))).getBytes(StandardCharsets.UTF_8);

        var response = client.post(IngestClient.EVENTS, body, "Authorization", Http.bearer(key),
                "Content-Type", "application/json", "Content-Encoding", "gzip");

        byte[] gzipped = IngestClient.gzip(Http.json(IngestClient.events(model.id(), clock.instant(), 50)));
        var truncated = client.post(IngestClient.EVENTS, java.util.Arrays.copyOf(gzipped, gzipped.length / 2),
                "Authorization", Http.bearer(key), "Content-Type", "application/json", "Content-Encoding", "gzip");

        assertRefused(response, "body");
        assertThat(response.json().get("errors").get("body").asString()).contains("gzip");
        assertRefused(truncated, "body");
        assertThat(truncated.json().get("errors").get("body").asString()).contains("gzip");
        assertThat(client.eventsStoredFor(model.id())).isZero();
    }

    @Test
    void a_model_of_another_team_is_unknown_to_the_key() {
        Model foreign = fixtures.model(fixtures.team("foreign"), "theirs");

        var response = client.events(key, List.of(event(model.id(), clock.instant()), event(foreign.id(), clock.instant())));

        assertRefused(response, "events[1].model");
        assertThat(client.eventsStoredFor(model.id())).isZero();
        assertThat(client.eventsStoredFor(foreign.id())).isZero();
    }

    @Test
    void a_key_limited_to_one_model_cannot_write_for_another_model_of_its_team() {
        Model other = fixtures.model(team, "other");
        String limited = fixtures.ingestionKey(team, model.id()).secret();

        var response = client.events(limited, List.of(event(model.id(), clock.instant()), event(other.id(), clock.instant())));

        assertRefused(response, "events[1].model");
        assertThat(response.json().get("errors").get("events[1].model").asString()).contains("only write telemetry for one other model");
        assertThat(client.eventsStoredFor(model.id())).isZero();
        assertThat(client.eventsStoredFor(other.id())).isZero();
    }

    @Test
    void bad_scores_are_refused_whole_naming_their_fields() {
        Instant now = clock.instant();
        var batch = List.of(score(model.id(), now), with(score(model.id(), now), "value", "high"));
        var checks = List.of(score(model.id(), now), with(score(model.id(), now), "name", "Has Spaces!"),
                with(score(model.id(), now), "timestamp", now.plus(Duration.ofHours(1)).toString()));

        var wrongType = client.scores(key, batch);
        var failedChecks = client.scores(key, checks);

        assertRefused(wrongType, "scores[1].value");
        assertRefused(failedChecks, "scores[1].name");
        assertThat(failedChecks.json().get("errors").has("scores[2].timestamp")).isTrue();
        assertThat(client.scoresStoredFor(model.id())).isZero();
        assertThat(client.scores(key, List.of(score(model.id(), now))).status()).isEqualTo(200);
    }

    static void assertRefused(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").has(field)).as(response.body()).isTrue();
    }

    /** The server still takes a good batch from the same key, and stores exactly that one event. */
    private void assertStillServing() {
        var good = client.events(key, List.of(event(model.id(), clock.instant())));
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(1);
    }
}
