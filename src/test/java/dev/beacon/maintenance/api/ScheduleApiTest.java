package dev.beacon.maintenance.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ScheduleApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    Http http;
    Team team;
    Model model;
    UserAccount editor;
    String editorToken;
    String viewerToken;
    String outsiderToken;

    @BeforeEach
    void aTeamWithAModel() {
        http = new Http(port);
        team = fixtures.team("schedules-api");
        model = fixtures.model(team, "api-scheduled");
        editor = fixtures.user("editor");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        editorToken = fixtures.apiToken(editor);
        viewerToken = fixtures.apiToken(viewer);
        outsiderToken = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
    }

    Map<String, Object> quarterlyRetraining() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("modelId", model.id().value());
        body.put("cron", "0 9 1 */3 *");
        body.put("timeZone", "Europe/Berlin");
        body.put("type", "RETRAINING");
        body.put("title", "Retrain on the quarter's data");
        body.put("assigneeId", editor.id().value());
        body.put("dueAfterDays", 14);
        return body;
    }

    @Test
    void an_editor_creates_reads_skips_and_deletes_a_schedule() {
        Http.Response created = as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/maintenance-schedules", json(quarterlyRetraining()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode schedule = created.json();
        String id = schedule.get("id").asString();
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/maintenance-schedules/" + id));
        assertThat(schedule.get("cron").asString()).isEqualTo("0 0 9 1 */3 *");
        assertThat(schedule.get("repeats").asString()).isEqualTo("Cron 0 0 9 1 */3 * (Europe/Berlin)");
        assertThat(schedule.get("assigneeName").asString()).isEqualTo(editor.displayName());
        assertThat(schedule.get("priority").asString()).isEqualTo("NORMAL");
        String next = schedule.get("nextDueAt").asString();

        Http.Response listed = as(viewerToken, "GET", "/api/v1/teams/" + team.id() + "/maintenance-schedules", null);
        assertThat(listed.json().get(0).get("id").asString()).isEqualTo(id);

        Http.Response skipped = as(editorToken, "POST", "/api/v1/maintenance-schedules/" + id + "/skip?version=0", null);
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        assertThat(skipped.json().get("nextDueAt").asString()).isGreaterThan(next);
        assertThat(as(editorToken, "POST", "/api/v1/maintenance-schedules/" + id + "/skip?version=0", null).status())
                .as("stale version").isEqualTo(409);

        assertThat(as(editorToken, "DELETE", "/api/v1/maintenance-schedules/" + id + "?version=1", null).status()).isEqualTo(204);
        assertThat(as(editorToken, "GET", "/api/v1/maintenance-schedules/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void bad_input_answers_400_naming_the_field() {
        Map<String, Object> badCron = quarterlyRetraining();
        badCron.put("cron", "quarterly");
        Map<String, Object> noInterval = quarterlyRetraining();
        noInterval.remove("cron");
        Map<String, Object> badZone = quarterlyRetraining();
        badZone.put("timeZone", "Mars/Olympus");

        assertThat(errorField(as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/maintenance-schedules", json(badCron)))).isEqualTo("cron");
        assertThat(errorField(as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/maintenance-schedules", json(noInterval)))).isEqualTo("every");
        assertThat(errorField(as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/maintenance-schedules", json(badZone)))).isEqualTo("timeZone");
    }

    @Test
    void viewers_may_not_change_and_other_teams_get_404() {
        String path = "/api/v1/teams/" + team.id() + "/maintenance-schedules";
        String id = as(editorToken, "POST", path, json(quarterlyRetraining())).json().get("id").asString();

        assertThat(as(viewerToken, "POST", path, json(quarterlyRetraining())).status()).isEqualTo(403);
        assertThat(as(outsiderToken, "GET", path, null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/maintenance-schedules/" + id, null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "POST", "/api/v1/maintenance-schedules/" + id + "/skip?version=0", null).status()).isEqualTo(404);
    }

    private Http.Response as(String token, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", bearer(token));
    }

    private static String errorField(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").properties().iterator().next().getKey();
    }
}
