package dev.beacon.registry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ModelId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static dev.beacon.registry.api.ModelApiAccessTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint API key over REST: write-only on create and update, removable, reported only as hasApiKey. */
@IntegrationTest
class ModelApiKeyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelCredentials credentials;

    Http http;
    Team team;
    String editorToken;
    String viewerToken;

    @BeforeEach
    void anEditorAndAViewer() {
        http = new Http(port);
        team = fixtures.team("api-key");
        UserAccount editor = fixtures.user("key-editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        UserAccount viewer = fixtures.user("key-viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        editorToken = fixtures.apiToken(editor);
        viewerToken = fixtures.apiToken(viewer);
    }

    @Test
    void a_key_sent_with_the_new_model_is_stored_and_the_answers_only_say_that_there_is_one() {
        Http.Response created = register("sk-api-created-1");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("sk-api-created-1").doesNotContain("\"apiKey\"");
        assertThat(created.json().get("hasApiKey").asBoolean()).isTrue();
        ModelId model = new ModelId(UUID.fromString(created.json().get("id").asString()));
        assertThat(credentials.apiKey(model)).contains("sk-api-created-1");

        Http.Response read = http.get("/api/v1/models/" + model, "Authorization", bearer(viewerToken));
        assertThat(read.json().get("hasApiKey").asBoolean()).isTrue();
        assertThat(read.body()).doesNotContain("sk-api-created-1");
    }

    @Test
    void an_update_without_api_key_keeps_it_one_with_a_key_replaces_it_and_delete_removes_it() {
        JsonNode model = register("sk-api-first").json();
        String path = "/api/v1/models/" + model.get("id").asString();

        Http.Response kept = update(path, model, null);
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("hasApiKey").asBoolean()).isTrue();
        ModelId id = new ModelId(UUID.fromString(model.get("id").asString()));
        assertThat(credentials.apiKey(id)).contains("sk-api-first");

        update(path, kept.json(), "sk-api-second");
        assertThat(credentials.apiKey(id)).contains("sk-api-second");

        assertProblem(http.send("DELETE", path + "/api-key", null, "Authorization", bearer(viewerToken)), 403);
        assertThat(http.send("DELETE", path + "/api-key", null, "Authorization", bearer(editorToken)).status()).isEqualTo(204);
        assertThat(credentials.apiKey(id)).isEmpty();
        assertThat(http.get(path, "Authorization", bearer(editorToken)).json().get("hasApiKey").asBoolean()).isFalse();
    }

    @Test
    void a_key_that_cannot_be_an_http_header_is_a_400_naming_api_key_and_registers_nothing() {
        String name = TestFixtures.unique("refused-key");
        Http.Response refused = http.send("POST", "/api/v1/models",
                json(ModelJson.with(ModelJson.of(TestFixtures.modelData(name), team.id().value()), "apiKey", "two words")),
                "Authorization", bearer(editorToken));

        assertProblem(refused, 400);
        assertThat(refused.json().get("errors").get("apiKey").asString()).contains("without spaces");
        assertThat(refused.body()).doesNotContain("two words");
        assertThat(http.get("/api/v1/models?q=" + name, "Authorization", bearer(editorToken)).json().get("totalItems").asInt()).isZero();
    }

    private Http.Response register(String apiKey) {
        Map<String, Object> body = ModelJson.with(ModelJson.of(TestFixtures.modelData(TestFixtures.unique("api-keyed")),
                team.id().value()), "apiKey", apiKey);
        return http.send("POST", "/api/v1/models", json(body), "Authorization", bearer(editorToken));
    }

    private Http.Response update(String path, JsonNode model, String apiKey) {
        Map<String, Object> body = ModelJson.with(ModelJson.with(ModelJson.of(TestFixtures.modelData(model.get("name").asString()),
                null), "version", model.get("version").asInt()), "apiKey", apiKey);
        if (apiKey == null) {
            body = ModelJson.without(body, "apiKey");
        }
        return http.send("PUT", path, json(body), "Authorization", bearer(editorToken));
    }
}
