package dev.beacon.telemetry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionKeyAuthenticator;
import dev.beacon.telemetry.ingest.IngestionRateLimiter;
import dev.beacon.telemetry.ingest.RateLimitedException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.beacon.telemetry.api.IngestClient.event;
import static dev.beacon.telemetry.api.IngestClient.events;
import static dev.beacon.telemetry.api.IngestClient.gzip;
import static org.assertj.core.api.Assertions.assertThat;

/** Oversized batches (by count, by bytes, by decompressed bytes) and runaway clients are refused with 413 and 429. */
@IntegrationTest
class IngestApiLimitsTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    MutableClock clock;
    @Autowired
    IngestionRateLimiter rateLimiter;
    @Autowired
    IngestionKeyAuthenticator authenticator;

    IngestClient client;
    Team team;
    Model model;
    String key;

    @BeforeEach
    void aTeamWithAModelAndAKey() {
        client = new IngestClient(new Http(port), db);
        team = fixtures.team("limits");
        model = fixtures.model(team, "llm");
        key = fixtures.ingestionKey(team);
    }

    @Test
    void ten_thousand_events_fit_in_one_request_and_one_more_is_a_413_naming_the_limit() {
        var tooMany = client.events(key, events(model.id(), clock.instant(), 10_001));
        assertTooLarge(tooMany, "10000");
        assertThat(client.eventsStoredFor(model.id())).isZero();

        var atTheLimit = client.events(key, events(model.id(), clock.instant(), 10_000));
        assertThat(atTheLimit.status()).as(atTheLimit.body()).isEqualTo(200);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(10_000);
    }

    @Test
    void a_body_over_five_megabytes_is_a_413() {
        byte[] body = padded(Http.json(List.of(event(model.id(), clock.instant()))), FIVE_MB + 1);

        var response = client.post(IngestClient.EVENTS, body, "Authorization", Http.bearer(key), "Content-Type", "application/json");

        assertTooLarge(response, "5 MB");
        assertThat(client.eventsStoredFor(model.id())).isZero();
        assertThat(client.events(key, List.of(event(model.id(), clock.instant()))).status()).isEqualTo(200);
    }

    @Test
    void a_gzip_bomb_is_stopped_at_five_megabytes_of_decompressed_body() {
        byte[] bomb = gzip(padded(Http.json(List.of(event(model.id(), clock.instant()))), 20 * 1024 * 1024));
        assertThat(bomb.length).isLessThan(FIVE_MB / 100);

        var response = client.post(IngestClient.EVENTS, bomb, "Authorization", Http.bearer(key),
                "Content-Type", "application/json", "Content-Encoding", "gzip");

        assertTooLarge(response, "5 MB");
        assertThat(response.json().get("limitBytes").asLong()).isEqualTo(FIVE_MB);
        assertThat(client.eventsStoredFor(model.id())).isZero();
        assertThat(client.events(key, List.of(event(model.id(), clock.instant()))).status()).isEqualTo(200);
    }

    @Test
    void a_key_over_its_rate_limit_gets_429_with_retry_after_and_other_keys_go_on() {
        emptyTheBucketOf(key);

        var limited = client.events(key, events(model.id(), clock.instant(), 5_000));

        assertThat(limited.status()).as(limited.body()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(limited.json().get("retryAfterSeconds").asLong()).isPositive();
        assertThat(client.eventsStoredFor(model.id())).isZero();
        var otherKey = client.events(fixtures.ingestionKey(team), List.of(event(model.id(), clock.instant())));
        assertThat(otherKey.status()).isEqualTo(200);
    }

    /**
     * Takes every item the key's bucket holds, in shrinking portions. The test profile refills 1,000 items
     * a second, so the 5,000 items the test then sends cannot fit unless five seconds pass in between.
     */
    private void emptyTheBucketOf(String secret) {
        IngestionCaller caller = authenticator.authenticate(secret).orElseThrow();
        for (int portion = 10_000; portion >= 1; portion /= 10) {
            try {
                while (true) {
                    rateLimiter.consume(caller, portion);
                }
            } catch (RateLimitedException bucketHasLessThanThePortion) {
                // go on with a smaller portion
            }
        }
    }

    private static void assertTooLarge(Http.Response response, String limit) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(limit);
    }

    /** The JSON followed by spaces up to the size: still one valid JSON value. */
    private static byte[] padded(String json, int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, body, 0, text.length);
        return body;
    }
}
