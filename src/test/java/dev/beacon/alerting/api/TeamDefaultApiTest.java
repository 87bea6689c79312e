package dev.beacon.alerting.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.FleetData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static dev.beacon.jooq.Tables.ALERT_DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TeamDefaultApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext db;

    Http http;
    Team team;
    Model vllm;
    String ownerToken;
    String editorToken;
    String outsiderToken;

    @BeforeEach
    void aTeamWithAnOwnerAnEditorAndAVllmModel() {
        http = new Http(port);
        team = fixtures.team("defaults-api");
        vllm = new FleetData(context).model(team, "api-vllm", ModelRuntime.VLLM);
        UserAccount owner = fixtures.user("owner");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, editor, TeamRole.EDITOR);
        ownerToken = fixtures.apiToken(owner);
        editorToken = fixtures.apiToken(editor);
        outsiderToken = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
    }

    static Map<String, Object> vllmLatency(Object warning, Object critical) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "vLLM latency");
        body.put("matchRuntime", "VLLM");
        body.put("metric", "LATENCY_P95");
        body.put("comparator", "ABOVE");
        body.put("warningThreshold", warning);
        body.put("criticalThreshold", critical);
        return body;
    }

    @Test
    void an_owner_creates_changes_and_deletes_a_default_and_the_models_rules_follow() {
        Http.Response created = as(ownerToken, "POST", defaults(), json(vllmLatency(2000, 5000)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode rule = created.json();
        String id = rule.get("id").asString();
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/alert-defaults/" + id));
        assertThat(rule.get("scope").asString()).isEqualTo("vLLM models");
        assertThat(rule.get("linkedModels").asInt()).isEqualTo(1);

        JsonNode copy = as(editorToken, "GET", modelRules(), null).json().get(0);
        assertThat(copy.get("teamDefaultId").asString()).isEqualTo(id);
        assertThat(copy.get("origin").asString()).isEqualTo("From team default vLLM latency");

        Map<String, Object> change = vllmLatency(1000, 3000);
        change.put("version", rule.get("version").asInt());
        Http.Response updated = as(ownerToken, "PUT", "/api/v1/alert-defaults/" + id, json(change));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(as(editorToken, "GET", modelRules(), null).json().get(0).get("rule").get("warningThreshold").asDouble())
                .isEqualTo(1000.0);
        assertThat(as(ownerToken, "PUT", "/api/v1/alert-defaults/" + id, json(change)).status()).as("stale version").isEqualTo(409);

        assertThat(as(editorToken, "GET", defaults(), null).json()).hasSize(1);
        int version = updated.json().get("version").asInt();
        assertThat(as(ownerToken, "DELETE", "/api/v1/alert-defaults/" + id + "?version=" + version, null).status()).isEqualTo(204);
        assertThat(as(editorToken, "GET", modelRules(), null).json()).isEmpty();
    }

    @Test
    void a_model_opts_out_by_deleting_its_copy_and_an_editor_restores_it() {
        String id = as(ownerToken, "POST", defaults(), json(vllmLatency(2000, 5000))).json().get("id").asString();
        JsonNode copy = as(editorToken, "GET", modelRules(), null).json().get(0);
        as(editorToken, "DELETE", "/api/v1/alert-rules/" + copy.get("id").asString() + "?version=" + copy.get("version").asInt(), null);
        assertThat(as(editorToken, "GET", modelRules(), null).json()).isEmpty();
        assertThat(as(editorToken, "GET", "/api/v1/alert-defaults/" + id, null).json().get("optedOutModels").asInt()).isEqualTo(1);

        Http.Response restored = as(editorToken, "POST", "/api/v1/models/" + vllm.id() + "/alert-defaults/" + id + "/restore", null);

        assertThat(restored.status()).isEqualTo(204);
        assertThat(as(editorToken, "GET", modelRules(), null).json().get(0).get("teamDefaultId").asString()).isEqualTo(id);
    }

    @Test
    void editors_cannot_change_defaults_and_other_teams_get_not_found() {
        assertThat(as(editorToken, "POST", defaults(), json(vllmLatency(2000, 5000))).status()).isEqualTo(403);
        String id = as(ownerToken, "POST", defaults(), json(vllmLatency(2000, 5000))).json().get("id").asString();
        Map<String, Object> change = vllmLatency(1, 2);
        change.put("version", 0);
        assertThat(as(editorToken, "PUT", "/api/v1/alert-defaults/" + id, json(change)).status()).isEqualTo(403);

        assertThat(as(outsiderToken, "GET", defaults(), null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "POST", defaults(), json(vllmLatency(2000, 5000))).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/alert-defaults/" + id, null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "PUT", "/api/v1/alert-defaults/" + id, json(change)).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "DELETE", "/api/v1/alert-defaults/" + id + "?version=0", null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "POST", "/api/v1/models/" + vllm.id() + "/alert-defaults/" + id + "/restore", null).status())
                .isEqualTo(404);
        assertThat(as(ownerToken, "GET", "/api/v1/alert-defaults/" + id, null).json().get("version").asInt()).isZero();
    }

    @Test
    void invalid_defaults_answer_400_naming_the_field_and_save_nothing() {
        assertThat(errors(as(ownerToken, "POST", defaults(), json(vllmLatency(6000, 5000)))))
                .containsEntry("warningThreshold", "The warning threshold must be below the critical one (the warning comes first)");
        Map<String, Object> unnamed = vllmLatency(2000, 5000);
        unnamed.put("name", "");
        assertThat(errors(as(ownerToken, "POST", defaults(), json(unnamed)))).containsEntry("name", "Enter a name");
        Map<String, Object> badTag = vllmLatency(2000, 5000);
        badTag.put("matchTag", "Not A Tag");
        assertThat(errors(as(ownerToken, "POST", defaults(), json(badTag)))).containsKey("matchTag");
        Map<String, Object> negativeWindow = vllmLatency(2000, 5000);
        negativeWindow.put("windowSeconds", -60);
        assertThat(errors(as(ownerToken, "POST", defaults(), json(negativeWindow))))
                .containsEntry("windowSeconds", "The window must be at least 1 minute");

        assertThat(db.fetchCount(ALERT_DEFAULT, ALERT_DEFAULT.TEAM_ID.eq(team.id()))).isZero();
    }

    private String defaults() {
        return "/api/v1/teams/" + team.id() + "/alert-defaults";
    }

    private String modelRules() {
        return "/api/v1/models/" + vllm.id() + "/alert-rules";
    }

    private Http.Response as(String token, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", bearer(token));
    }

    private static Map<String, String> errors(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        Map<String, String> errors = new LinkedHashMap<>();
        response.json().get("errors").properties().forEach(entry -> errors.put(entry.getKey(), entry.getValue().asString()));
        return errors;
    }
}
