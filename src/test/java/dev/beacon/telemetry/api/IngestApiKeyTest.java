package dev.beacon.telemetry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.IssuedIngestionKey;
import dev.beacon.telemetry.NewIngestionKey;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static dev.beacon.Http.bearer;
import static dev.beacon.telemetry.api.IngestClient.event;
import static dev.beacon.telemetry.api.IngestClient.score;
import static org.assertj.core.api.Assertions.assertThat;

/** Only valid ingestion keys write telemetry, and they do nothing else. */
@IntegrationTest
class IngestApiKeyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    MutableClock clock;
    @Autowired
    IngestionKeyService keys;

    Http http;
    IngestClient client;
    Team team;
    Model model;
    UserAccount editor;

    @BeforeEach
    void aTeamWithAModelAndAnEditor() {
        http = new Http(port);
        client = new IngestClient(http, db);
        team = fixtures.team("ingest-keys");
        model = fixtures.model(team, "llm");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    @Test
    void a_request_without_a_valid_key_is_a_401_problem() {
        var none = http.send("POST", IngestClient.EVENTS, Http.json(List.of(event(model.id(), clock.instant()))));
        var unknown = client.events("bik_NotAKeyThatAnyoneWasEverGiven000", List.of(event(model.id(), clock.instant())));

        assertThat(none.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.header("WWW-Authenticate")).contains("Bearer");
        assertThat(client.eventsStoredFor(model.id())).isZero();
    }

    @Test
    void a_revoked_key_is_refused_from_its_very_next_request() {
        IssuedIngestionKey issued = create(new NewIngestionKey("gateway", null, null));
        assertThat(client.events(issued.secret(), List.of(event(model.id(), clock.instant()))).status()).isEqualTo(200);

        fixtures.as(editor, () -> keys.revoke(team.id(), issued.key().id()));

        assertThat(client.events(issued.secret(), List.of(event(model.id(), clock.instant()))).status()).isEqualTo(401);
        assertThat(client.scores(issued.secret(), List.of(score(model.id(), clock.instant()))).status()).isEqualTo(401);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(1);
    }

    @Test
    void an_expired_key_is_refused() {
        IssuedIngestionKey issued = create(new NewIngestionKey("trial", null, clock.instant().plus(Duration.ofMinutes(30))));
        assertThat(client.events(issued.secret(), List.of(event(model.id(), clock.instant()))).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(30));

        assertThat(client.events(issued.secret(), List.of(event(model.id(), clock.instant()))).status()).isEqualTo(401);
        assertThat(client.eventsStoredFor(model.id())).isEqualTo(1);
    }

    @Test
    void a_personal_api_token_cannot_send_telemetry() {
        String token = fixtures.apiToken(editor);

        assertThat(client.events(token, List.of(event(model.id(), clock.instant()))).status()).isEqualTo(401);
        assertThat(client.scores(token, List.of(score(model.id(), clock.instant()))).status()).isEqualTo(401);
        assertThat(client.eventsStoredFor(model.id())).isZero();
    }

    @Test
    void an_ingestion_key_reads_nothing() {
        String key = fixtures.ingestionKey(team);

        assertThat(http.get("/api/v1/models", "Authorization", bearer(key)).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/models/" + model.id(), "Authorization", bearer(key)).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/models/" + model.id() + "/telemetry/summary", "Authorization", bearer(key)).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/teams", "Authorization", bearer(key)).status()).isEqualTo(401);
    }

    @Test
    void using_a_key_records_when_it_was_last_used() {
        IssuedIngestionKey issued = create(new NewIngestionKey("worker", null, null));
        assertThat(issued.key().lastUsedAt()).isNull();

        client.events(issued.secret(), List.of(event(model.id(), clock.instant())));

        assertThat(fixtures.as(editor, () -> keys.key(team.id(), issued.key().id())).lastUsedAt()).isNotNull();
    }

    private IssuedIngestionKey create(NewIngestionKey request) {
        return fixtures.as(editor, () -> keys.create(team.id(), request));
    }
}
