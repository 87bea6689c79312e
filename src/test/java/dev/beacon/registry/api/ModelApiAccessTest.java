package dev.beacon.registry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static dev.beacon.jooq.Tables.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ModelApiAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;

    Http http;
    Team teamA;
    Team teamB;
    UserAccount ownerOfA;
    String tokenOfA;
    Model modelOfA;
    Model modelOfB;

    @BeforeEach
    void twoTeamsWithAModelEach() {
        http = new Http(port);
        teamA = fixtures.team("api-a");
        teamB = fixtures.team("api-b");
        ownerOfA = fixtures.user("owner-a");
        fixtures.member(teamA, ownerOfA, TeamRole.OWNER);
        tokenOfA = fixtures.apiToken(ownerOfA);
        modelOfA = fixtures.model(teamA, "model-a");
        modelOfB = fixtures.model(teamB, "model-b");
    }

    @Test
    void another_teams_model_answers_404_exactly_like_a_model_that_does_not_exist() {
        String foreign = "/api/v1/models/" + modelOfB.id();
        String missing = "/api/v1/models/" + UUID.randomUUID();
        String update = json(ModelJson.with(ModelJson.of(modelOfB.data(), teamB.id().value()), "version", modelOfB.version()));

        assertSameNotFound(as("GET", foreign, null), as("GET", missing, null));
        assertSameNotFound(as("GET", foreign + "/versions", null), as("GET", missing + "/versions", null));
        assertSameNotFound(as("PUT", foreign, update), as("PUT", missing, update));
        assertSameNotFound(as("DELETE", foreign + "?version=" + modelOfB.version(), null), as("DELETE", missing + "?version=0", null));

        assertThat(db.fetchExists(MODEL, MODEL.MODEL_ID.eq(modelOfB.id()))).isTrue();
    }

    @Test
    void the_list_holds_only_the_callers_teams_models_even_when_filtered_by_another_team() {
        Http.Response all = as("GET", "/api/v1/models?size=200", null);
        Http.Response teamBOnly = as("GET", "/api/v1/models?team=" + teamB.id(), null);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("items").valueStream().map(item -> item.get("teamId").asString()))
                .containsOnly(teamA.id().toString());
        assertThat(all.json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(all.body()).doesNotContain(modelOfB.data().name(), teamB.name());
        assertThat(teamBOnly.status()).isEqualTo(200);
        assertThat(teamBOnly.json().get("items").isEmpty()).isTrue();
        assertThat(teamBOnly.json().get("totalItems").asInt()).isZero();
    }

    @Test
    void registering_into_another_team_answers_404_and_writes_nothing() {
        var body = ModelJson.of(TestFixtures.modelData(TestFixtures.unique("intruder")), teamB.id().value());
        int before = db.fetchCount(MODEL, MODEL.TEAM_ID.eq(teamB.id()));

        Http.Response intoForeign = as("POST", "/api/v1/models", json(body));
        Http.Response intoMissing = as("POST", "/api/v1/models", json(ModelJson.with(body, "teamId", UUID.randomUUID())));

        assertThat(intoForeign.status()).isEqualTo(404);
        assertThat(intoForeign.json().get("detail").asString()).isEqualTo(intoMissing.json().get("detail").asString());
        assertThat(intoForeign.body()).doesNotContain(teamB.name());
        assertThat(db.fetchCount(MODEL, MODEL.TEAM_ID.eq(teamB.id()))).isEqualTo(before);
    }

    @Test
    void the_teams_endpoint_lists_only_the_callers_teams_with_their_role() {
        Http.Response teams = as("GET", "/api/v1/teams", null);

        assertThat(teams.status()).isEqualTo(200);
        assertThat(teams.json().valueStream().map(team -> team.get("id").asString() + "/" + team.get("myRole").asString()))
                .containsExactly(teamA.id() + "/OWNER");
    }

    @Test
    void a_viewer_reads_but_gets_403_when_changing() {
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(teamA, viewer, TeamRole.VIEWER);
        String token = fixtures.apiToken(viewer);
        String path = "/api/v1/models/" + modelOfA.id();
        var update = ModelJson.with(ModelJson.with(ModelJson.of(modelOfA.data(), teamA.id().value()), "version", modelOfA.version()),
                "description", "changed by a viewer");

        Http.Response read = http.get(path, "Authorization", bearer(token));
        Http.Response write = http.send("PUT", path, json(update), "Authorization", bearer(token));
        Http.Response register = http.send("POST", "/api/v1/models",
                json(ModelJson.of(TestFixtures.modelData(TestFixtures.unique("by-viewer")), teamA.id().value())),
                "Authorization", bearer(token));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo(modelOfA.data().name());
        assertProblem(write, 403);
        assertProblem(register, 403);
        assertThat(as("GET", path, null).json().get("description").asString()).isEqualTo(modelOfA.data().description());
    }

    @Test
    void an_editor_updates_but_gets_403_when_deleting_and_an_owner_deletes() {
        UserAccount editor = fixtures.user("editor");
        fixtures.member(teamA, editor, TeamRole.EDITOR);
        String token = fixtures.apiToken(editor);
        String path = "/api/v1/models/" + modelOfA.id();
        var update = ModelJson.with(ModelJson.with(ModelJson.of(modelOfA.data(), teamA.id().value()), "version", modelOfA.version()),
                "versionLabel", "v2");

        Http.Response updated = http.send("PUT", path, json(update), "Authorization", bearer(token));
        int version = updated.json().get("version").asInt();
        Http.Response deleteByEditor = http.send("DELETE", path + "?version=" + version, null, "Authorization", bearer(token));
        Http.Response deleteByOwner = as("DELETE", path + "?version=" + version, null);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("versionLabel").asString()).isEqualTo("v2");
        assertThat(updated.json().get("updatedBy").asString()).isEqualTo(editor.username());
        assertProblem(deleteByEditor, 403);
        assertThat(deleteByOwner.status()).isEqualTo(204);
        assertThat(db.fetchExists(MODEL, MODEL.MODEL_ID.eq(modelOfA.id()))).isFalse();
        assertProblem(as("GET", path, null), 404);
    }

    @Test
    void an_admin_token_sees_every_team() {
        String adminToken = fixtures.adminApiToken();

        Http.Response foreign = http.get("/api/v1/models/" + modelOfB.id(), "Authorization", bearer(adminToken));
        Http.Response filtered = http.get("/api/v1/models?team=" + teamB.id(), "Authorization", bearer(adminToken));

        assertThat(foreign.status()).isEqualTo(200);
        assertThat(filtered.json().get("totalItems").asInt()).isEqualTo(1);
    }

    private Http.Response as(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", bearer(tokenOfA));
    }

    private void assertSameNotFound(Http.Response foreign, Http.Response missing) {
        assertProblem(foreign, 404);
        assertProblem(missing, 404);
        JsonNode a = foreign.json();
        JsonNode b = missing.json();
        assertThat(a.get("title")).isEqualTo(b.get("title"));
        assertThat(a.get("detail")).isEqualTo(b.get("detail"));
        assertThat(foreign.body()).doesNotContain(modelOfB.data().name(), teamB.name(), teamB.id().toString());
    }

    static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }
}
