package dev.beacon.dashboard.api;

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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static dev.beacon.jooq.Tables.DASHBOARD;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards API: create, read, update, delete, and export/import as JSON, with the team rules over HTTP. */
@IntegrationTest
class DashboardApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;

    Http http;
    Team teamA;
    Team teamB;
    Model modelA;
    Model twinInB;
    String editorOfA;
    String editorOfB;
    String viewerOfA;
    String outsider;

    @BeforeEach
    void twoTeamsWithAModelOfTheSameName() {
        http = new Http(port);
        teamA = fixtures.team("api-dash-a");
        teamB = fixtures.team("api-dash-b");
        modelA = fixtures.model(teamA, "llama");
        twinInB = fixtures.registerAsAdmin(teamB, TestFixtures.modelData(modelA.data().name()));
        editorOfA = tokenOf(teamA, TeamRole.EDITOR);
        editorOfB = tokenOf(teamB, TeamRole.EDITOR);
        viewerOfA = tokenOf(teamA, TeamRole.VIEWER);
        outsider = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
    }

    @Test
    void an_exported_dashboard_imports_into_another_team_with_its_models_matched_by_name() {
        JsonNode created = create(editorOfA, teamA.id().value(), "team", List.of(panel("latency", "p95", "line", modelA.id().value()),
                panel("requests", "sum", "stat", modelA.id().value()))).json();

        Http.Response export = as(editorOfA, "GET", "/api/v1/dashboards/" + created.get("id").asString() + "/export", null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition").orElseThrow()).contains("attachment", ".dashboard.json");
        JsonNode document = export.json();
        assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.get("panels").get(0).get("models").get(0).get("id").asString()).isEqualTo(modelA.id().toString());
        assertThat(document.get("panels").get(0).get("models").get(0).get("name").asString()).isEqualTo(modelA.data().name());

        Http.Response imported = as(editorOfB, "POST", "/api/v1/dashboards/import?teamId=" + teamB.id(), export.body());

        assertThat(imported.status()).isEqualTo(201);
        JsonNode copy = imported.json();
        assertThat(copy.get("teamId").asString()).isEqualTo(teamB.id().toString());
        assertThat(copy.get("name").asString()).isEqualTo(created.get("name").asString());
        assertThat(copy.get("panels").valueStream().map(p -> p.get("metric").asString() + "/" + p.get("aggregation").asString()
                + "/" + p.get("chart").asString()).toList()).containsExactly("latency/p95/line", "requests/sum/stat");
        assertThat(copy.get("panels").get(0).get("models").get(0).get("id").asString()).isEqualTo(twinInB.id().toString());
        assertThat(imported.header("Location").orElseThrow()).endsWith("/api/v1/dashboards/" + copy.get("id").asString());
    }

    @Test
    void malformed_json_is_refused_naming_the_problem_and_creates_nothing() {
        Http.Response response = as(editorOfB, "POST", "/api/v1/dashboards/import?teamId=" + teamB.id(),
                "{\"formatVersion\": 1, \"name\": \"broken\", \"panels\": [");

        assertRefused(response, "body", "Not valid JSON (line 1");
    }

    @Test
    void an_unknown_format_version_is_refused_and_creates_nothing() {
        Http.Response response = as(editorOfB, "POST", "/api/v1/dashboards/import?teamId=" + teamB.id(),
                json(Map.of("formatVersion", 2, "name", "future", "panels", List.of())));

        assertRefused(response, "formatVersion", "Unknown format version 2: this Beacon reads version 1");
    }

    @Test
    void an_import_naming_a_model_the_user_cannot_see_is_refused_and_creates_nothing() {
        Model onlyInA = fixtures.model(teamA, "private");
        String document = json(Map.of("formatVersion", 1, "name", "sneaky", "panels", List.of(Map.of(
                "metric", "latency", "aggregation", "p95", "chart", "line",
                "models", List.of(Map.of("id", onlyInA.id().toString(), "name", onlyInA.data().name()))))));

        Http.Response response = as(editorOfB, "POST", "/api/v1/dashboards/import?teamId=" + teamB.id(), document);

        assertRefused(response, "panels[0].models[0]", "No model you can see has the id " + onlyInA.id()
                + " or the name '" + onlyInA.data().name() + "'");
    }

    @Test
    void unknown_names_in_an_import_are_refused_each_under_its_field() {
        String document = json(Map.of("formatVersion", 1, "name", "typos", "colour", "red", "panels", List.of(Map.of(
                "metric", "latencey", "chart", "pie", "models", List.of(Map.of("name", twinInB.data().name()))))));

        Http.Response response = as(editorOfB, "POST", "/api/v1/dashboards/import?teamId=" + teamB.id(), document);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").propertyNames()).containsExactlyInAnyOrder("colour");
        Http.Response fixedField = as(editorOfB, "POST", "/api/v1/dashboards/import?teamId=" + teamB.id(),
                document.replace(",\"colour\":\"red\"", "").replace("\"colour\":\"red\",", ""));
        assertThat(fixedField.json().get("errors").get("panels[0].metric").asString()).startsWith("Unknown metric 'latencey'");
        assertThat(fixedField.json().get("errors").get("panels[0].chart").asString()).contains("heatmap", "stat", "gauge");
        assertThat(dashboardsOf(teamB)).isZero();
    }

    @Test
    void team_rules_hold_over_http() {
        JsonNode teamOnly = create(editorOfA, teamA.id().value(), "team", List.of(panel("latency", "p95", "line", modelA.id().value()))).json();
        JsonNode forEveryone = create(editorOfA, teamA.id().value(), "everyone", List.of(panel("errorRate", "value", "gauge", modelA.id().value()))).json();
        String teamPath = "/api/v1/dashboards/" + teamOnly.get("id").asString();
        String everyonePath = "/api/v1/dashboards/" + forEveryone.get("id").asString();
        String missingPath = "/api/v1/dashboards/" + UUID.randomUUID();

        assertThat(as(viewerOfA, "GET", teamPath, null).status()).isEqualTo(200);
        assertSameNotFound(as(outsider, "GET", teamPath, null), as(outsider, "GET", missingPath, null));
        assertSameNotFound(as(outsider, "GET", teamPath + "/export", null), as(outsider, "GET", missingPath + "/export", null));
        assertSameNotFound(as(outsider, "DELETE", teamPath + "?version=0", null), as(outsider, "DELETE", missingPath + "?version=0", null));
        assertThat(as(viewerOfA, "PUT", teamPath, update(teamOnly, "renamed by a viewer")).status()).isEqualTo(403);
        assertThat(as(viewerOfA, "POST", "/api/v1/dashboards/import?teamId=" + teamA.id(),
                as(editorOfA, "GET", teamPath + "/export", null).body()).status()).isEqualTo(403);

        Http.Response everyoneAsOutsider = as(outsider, "GET", everyonePath, null);
        assertThat(everyoneAsOutsider.status()).isEqualTo(200);
        assertThat(everyoneAsOutsider.json().get("editable").asBoolean()).isFalse();
        assertThat(everyoneAsOutsider.json().get("panels").get(0).get("models").isEmpty()).isTrue();
        assertThat(everyoneAsOutsider.json().get("panels").get(0).get("hiddenModels").asInt()).isEqualTo(1);
        assertThat(everyoneAsOutsider.body()).doesNotContain(modelA.data().name());
        assertThat(as(outsider, "PUT", everyonePath, update(forEveryone, "taken over")).status()).isEqualTo(403);
    }

    @Test
    void a_second_update_with_the_same_version_answers_409_and_a_bad_panel_answers_400_naming_it() {
        JsonNode created = create(editorOfA, teamA.id().value(), "team", List.of(panel("latency", "p95", "line", modelA.id().value()))).json();
        String path = "/api/v1/dashboards/" + created.get("id").asString();

        assertThat(as(editorOfA, "PUT", path, update(created, created.get("name").asString() + " one")).status()).isEqualTo(200);
        Http.Response stale = as(editorOfA, "PUT", path, update(created, created.get("name").asString() + " two"));
        assertThat(stale.status()).isEqualTo(409);

        Http.Response bad = create(editorOfA, teamA.id().value(), "team", List.of(panel("requests", "p95", "line", modelA.id().value())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get("panels[0].aggregation").asString()).isEqualTo("Use one of: rate, sum for requests");
    }

    private Http.Response create(String token, UUID team, String visibility, List<Map<String, Object>> panels) {
        return as(token, "POST", "/api/v1/dashboards", json(Map.of("teamId", team, "name", TestFixtures.unique("api-dashboard"),
                "visibility", visibility, "panels", panels)));
    }

    private static Map<String, Object> panel(String metric, String aggregation, String chart, UUID model) {
        return Map.of("metric", metric, "aggregation", aggregation, "chart", chart, "modelIds", List.of(model));
    }

    private static String update(JsonNode read, String name) {
        return json(Map.of("version", read.get("version").asInt(), "name", name, "visibility", read.get("visibility").asString(),
                "panels", read.get("panels").valueStream().map(p -> Map.of("id", p.get("id").asString(),
                        "metric", p.get("metric").asString(), "aggregation", p.get("aggregation").asString(),
                        "chart", p.get("chart").asString(),
                        "modelIds", p.get("models").valueStream().map(m -> m.get("id").asString()).toList())).toList()));
    }

    private void assertRefused(Http.Response response, String field, String message) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(field).asString()).contains(message);
        assertThat(dashboardsOf(teamB)).isZero();
    }

    private int dashboardsOf(Team team) {
        return db.fetchCount(DASHBOARD, DASHBOARD.TEAM_ID.eq(team.id()));
    }

    private void assertSameNotFound(Http.Response foreign, Http.Response missing) {
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("title")).isEqualTo(missing.json().get("title"));
        assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(foreign.body()).doesNotContain(modelA.data().name(), teamA.name());
    }

    private String tokenOf(Team team, TeamRole role) {
        UserAccount user = fixtures.user(role.name().toLowerCase());
        fixtures.member(team, user, role);
        return fixtures.apiToken(user);
    }

    private Http.Response as(String token, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", bearer(token));
    }
}
