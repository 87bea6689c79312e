package dev.beacon.alerting.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.Rule;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Acknowledgements, silences, maintenance windows and alert notices over HTTP, with the same team rules as the services. */
@IntegrationTest
class AlertResponseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ApplicationContext context;

    Http http;
    AlertTestData alerts;
    Team team;
    UserAccount editor;
    String editorToken;
    String viewerToken;
    String outsiderToken;

    @BeforeEach
    void aTeamWithAnEditorAViewerAndAnOutsider() {
        http = new Http(port);
        alerts = new AlertTestData(context);
        team = fixtures.team("responses-api");
        editor = fixtures.user("editor");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        editorToken = fixtures.apiToken(editor);
        viewerToken = fixtures.apiToken(viewer);
        outsiderToken = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
    }

    @Test
    void an_editor_acknowledges_and_silences_a_firing_alert_viewers_read_and_outsiders_get_404() {
        Model model = alerts.fleet.model(team, "api-alert", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();
        String ack = "/api/v1/alert-rules/" + rule.id().value() + "/acknowledgement";
        Map<String, Object> body = Map.of("comment", "On it", "assignee", editor.id().value().toString());

        assertThat(send(outsiderToken, "POST", ack, json(body)).status()).isEqualTo(404);
        assertThat(send(viewerToken, "POST", ack, json(body)).status()).isEqualTo(403);
        Http.Response acknowledged = send(editorToken, "POST", ack, json(body));
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().get("assigneeName").asString()).isEqualTo(editor.username());
        assertThat(send(viewerToken, "GET", ack, null).json().get("comment").asString()).isEqualTo("On it");

        Http.Response silenced = send(editorToken, "POST", "/api/v1/alert-rules/" + rule.id().value() + "/silence",
                json(Map.of("minutes", 60, "reason", "Rolling restart")));
        assertThat(silenced.status()).isEqualTo(200);
        assertThat(silenced.json().get("matches").asString()).startsWith("rule " + model.data().name());
        assertThat(send(viewerToken, "GET", "/api/v1/teams/" + team.id().value() + "/silences", null).json()).hasSize(1);
        assertThat(send(outsiderToken, "GET", "/api/v1/teams/" + team.id().value() + "/silences", null).status()).isEqualTo(404);

        JsonNode notices = send(viewerToken, "GET", "/api/v1/models/" + model.id().value() + "/alert-notices", null).json();
        assertThat(notices.get(0).get("state").asString()).isEqualTo("FIRING");
        assertThat(send(outsiderToken, "GET", "/api/v1/models/" + model.id().value() + "/alert-notices", null).status()).isEqualTo(404);
    }

    @Test
    void maintenance_windows_are_created_listed_and_deleted_and_bad_ones_answer_400_naming_the_field() {
        String windows = "/api/v1/teams/" + team.id().value() + "/maintenance-windows";
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("name", "Patch night");
        window.put("recurrence", "WEEKLY");
        window.put("daysOfWeek", List.of("SUNDAY"));
        window.put("start", "02:00");
        window.put("durationMinutes", 120);
        window.put("timeZone", "Europe/Berlin");

        Http.Response created = send(editorToken, "POST", windows, json(window));
        assertThat(created.status()).isEqualTo(201);
        assertThat(send(viewerToken, "GET", windows, null).json().get(0).get("name").asString()).isEqualTo("Patch night");
        assertThat(send(outsiderToken, "POST", windows, json(window)).status()).isEqualTo(404);
        window.put("timeZone", "Mars/Olympus");
        Http.Response bad = send(editorToken, "POST", windows, json(window));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("timeZone");

        String id = created.json().get("id").asString();
        int version = created.json().get("version").asInt();
        assertThat(send(viewerToken, "DELETE", "/api/v1/maintenance-windows/" + id + "?version=" + version, null).status()).isEqualTo(403);
        assertThat(send(editorToken, "DELETE", "/api/v1/maintenance-windows/" + id + "?version=" + version, null).status()).isEqualTo(204);
        assertThat(send(viewerToken, "GET", windows, null).json()).isEmpty();
    }

    private Http.Response send(String token, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", bearer(token));
    }
}
