package dev.beacon.telemetry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Ingestion keys managed over the REST API with personal API tokens. */
@IntegrationTest
class IngestionKeyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;

    Http http;
    Team team;
    Model model;
    String editorToken;
    String viewerToken;
    String path;

    @BeforeEach
    void aTeamWithAnEditorAndAViewer() {
        http = new Http(port);
        team = fixtures.team("api-keys");
        model = fixtures.model(team, "llm");
        UserAccount editor = fixtures.user("editor");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        editorToken = fixtures.apiToken(editor);
        viewerToken = fixtures.apiToken(viewer);
        path = "/api/v1/teams/" + team.id() + "/ingestion-keys";
    }

    @Test
    void an_editor_creates_a_key_sees_its_secret_once_and_members_list_it_without_the_secret() {
        var created = http.send("POST", path, json(Map.of("name", "gateway-eu", "modelId", model.id().toString(),
                "expiresAt", "2099-01-01T00:00:00Z")), "Authorization", bearer(editorToken));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        String id = created.json().get("key").get("id").asString();
        assertThat(secret).startsWith("bik_");
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(path + "/" + id));
        assertThat(created.json().get("key").get("modelName").asString()).isEqualTo(model.data().name());
        assertThat(created.json().get("key").get("status").asString()).isEqualTo("ACTIVE");

        var listed = http.get(path, "Authorization", bearer(viewerToken));
        var one = http.get(path + "/" + id, "Authorization", bearer(viewerToken));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("name").asString()).isEqualTo("gateway-eu");
        assertThat(listed.json().get(0).get("expiresAt").asString()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(listed.body() + one.body()).doesNotContain(secret);
        assertThat(one.json().get("prefix").asString()).isEqualTo(secret.substring(0, 8) + "…");
    }

    @Test
    void revoking_over_the_api_stops_the_key_at_once() {
        var created = http.send("POST", path, json(Map.of("name", "laptop")), "Authorization", bearer(editorToken));
        String secret = created.json().get("secret").asString();
        String id = created.json().get("key").get("id").asString();
        var events = List.of(IngestClient.event(model.id(), clock.instant()));
        assertThat(ingest(secret, events)).isEqualTo(200);

        var revoked = http.send("DELETE", path + "/" + id, null, "Authorization", bearer(editorToken));

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(ingest(secret, events)).isEqualTo(401);
        assertThat(http.get(path + "/" + id, "Authorization", bearer(viewerToken)).json().get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void invalid_input_is_a_400_naming_the_field_and_creates_nothing() {
        var noName = http.send("POST", path, json(Map.of("name", " ")), "Authorization", bearer(editorToken));
        var foreignModel = http.send("POST", path, json(Map.of("name", "x", "modelId",
                fixtures.model(fixtures.team("foreign"), "theirs").id().toString())), "Authorization", bearer(editorToken));
        var past = http.send("POST", path, json(Map.of("name", "x", "expiresAt", "2001-01-01T00:00:00Z")),
                "Authorization", bearer(editorToken));
        var badType = http.send("POST", path, "{\"name\":\"x\",\"modelId\":\"not-a-uuid\"}", "Authorization", bearer(editorToken));

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.contentType()).startsWith("application/problem+json");
        assertThat(noName.json().get("errors").has("name")).isTrue();
        assertThat(foreignModel.json().get("errors").has("modelId")).isTrue();
        assertThat(past.json().get("errors").has("expiresAt")).isTrue();
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("errors").has("modelId")).isTrue();
        assertThat(http.get(path, "Authorization", bearer(viewerToken)).json().size()).isZero();
    }

    @Test
    void a_viewer_may_not_create_or_revoke_and_an_outsider_finds_no_team() {
        var byViewer = http.send("POST", path, json(Map.of("name", "mine")), "Authorization", bearer(viewerToken));
        String outsider = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
        var foreign = http.get(path, "Authorization", bearer(outsider));
        var missing = http.get("/api/v1/teams/" + UUID.randomUUID() + "/ingestion-keys", "Authorization", bearer(outsider));

        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
    }

    @Test
    void an_ingestion_key_cannot_manage_keys() {
        String key = fixtures.ingestionKey(team);

        assertThat(http.get(path, "Authorization", bearer(key)).status()).isEqualTo(401);
        assertThat(http.send("POST", path, json(Map.of("name", "more")), "Authorization", bearer(key)).status()).isEqualTo(401);
    }

    private int ingest(String secret, Object events) {
        return http.send("POST", IngestClient.EVENTS, json(events), "Authorization", bearer(secret)).status();
    }
}
