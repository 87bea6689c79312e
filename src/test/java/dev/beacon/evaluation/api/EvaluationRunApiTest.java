package dev.beacon.evaluation.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.ChatModelServer;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class EvaluationRunApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;

    Http http;
    ChatModelServer server;
    Model model;
    Suite suite;
    String editorToken;
    String viewerToken;
    String outsiderToken;

    @BeforeEach
    void aSuiteAndAModel() {
        http = new Http(port);
        server = ChatModelServer.start().answering(question -> question.contains("France") ? "Paris" : "Lyon");
        Team team = fixtures.team("eval-api");
        UserAccount editor = fixtures.user("editor");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = fixtures.registerAsAdmin(team, server.modelData(TestFixtures.unique("api-model")));
        suite = fixtures.as(editor, () -> {
            Suite created = suites.create(team.id(), new SuiteData(TestFixtures.unique("Capitals"), "", Scorer.ExactMatch.defaults()));
            suites.addCase(created.id(), CaseData.prompt("Capital of France?", "Paris", null, List.of()));
            suites.addCase(created.id(), CaseData.prompt("Capital of Germany?", "Berlin", null, List.of()));
            return created;
        });
        editorToken = fixtures.apiToken(editor);
        viewerToken = fixtures.apiToken(viewer);
        outsiderToken = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void an_editor_attaches_a_suite_changes_the_schedule_and_detaches_it() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("modelId", model.id().value());
        body.put("cron", "0 6 * * *");
        body.put("zone", "Europe/Berlin");
        body.put("timeoutSeconds", 45);
        Http.Response created = as(editorToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/attachments", json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode attachment = created.json();
        String id = attachment.get("id").asString();
        assertThat(created.header("Location")).contains("/api/v1/eval-attachments/" + id);
        assertThat(attachment.get("repeats").asString()).isEqualTo("Cron 0 0 6 * * * (Europe/Berlin)");
        assertThat(attachment.get("timeoutSeconds").asInt()).isEqualTo(45);
        assertThat(attachment.get("concurrency").asInt()).isEqualTo(2);
        assertThat(attachment.get("nextRunAt").isNull()).isFalse();

        Http.Response listed = as(viewerToken, "GET", "/api/v1/eval-suites/" + suite.id() + "/attachments", null);
        assertThat(listed.json().get(0).get("modelName").asString()).isEqualTo(model.data().name());

        body.remove("cron");
        body.put("everyMinutes", 30);
        body.put("version", attachment.get("version").asInt());
        Http.Response updated = as(editorToken, "PUT", "/api/v1/eval-attachments/" + id, json(body));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("repeats").asString()).isEqualTo("Every 30 minutes");
        Http.Response stale = as(editorToken, "PUT", "/api/v1/eval-attachments/" + id, json(body));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(as(viewerToken, "DELETE", "/api/v1/eval-attachments/" + id, null).status()).isEqualTo(403);
        assertThat(as(outsiderToken, "DELETE", "/api/v1/eval-attachments/" + id, null).status()).isEqualTo(404);
        assertThat(as(editorToken, "DELETE", "/api/v1/eval-attachments/" + id, null).status()).isEqualTo(204);
        assertThat(as(editorToken, "GET", "/api/v1/eval-attachments/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void wrong_attachment_settings_answer_problem_json_naming_the_field() {
        Http.Response response = as(editorToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/attachments",
                json(Map.of("modelId", model.id().value(), "concurrency", 40)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get("concurrency").asString()).isEqualTo("Between 1 and 16 calls at once");
        assertThat(as(editorToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/attachments",
                json(Map.of("everyMinutes", 5))).json().get("errors").has("modelId")).isTrue();
        assertThat(as(editorToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/attachments",
                json(Map.of("modelId", model.id().value(), "cron", "now and then"))).json().get("errors").has("cron")).isTrue();
    }

    @Test
    void run_now_answers_202_at_once_and_the_run_reads_back_with_its_results() {
        Http.Response accepted = as(editorToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/runs",
                json(Map.of("modelId", model.id().value())));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("RUNNING");
        String id = accepted.json().get("id").asString();
        assertThat(accepted.header("Location")).contains("/api/v1/eval-runs/" + id);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !as(viewerToken, "GET", "/api/v1/eval-runs/" + id, null).json().get("run").get("status").asString().equals("RUNNING"));

        JsonNode details = as(viewerToken, "GET", "/api/v1/eval-runs/" + id, null).json();
        JsonNode run = details.get("run");
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(run.get("passed").asInt()).isEqualTo(1);
        assertThat(run.get("latencyP50Ms").isNumber()).isTrue();
        assertThat(run.get("latencyP95Ms").isNumber()).isTrue();
        assertThat(run.get("promptTokens").asLong()).isEqualTo(6);
        assertThat(run.get("modelVersionLabel").asString()).isEqualTo("v1");
        assertThat(details.get("results").get(1).get("answer").asString()).isEqualTo("Lyon");
        assertThat(details.get("results").get(1).get("outcome").asString()).isEqualTo("FAILED");

        assertThat(as(viewerToken, "GET", "/api/v1/models/" + model.id() + "/eval-runs", null).json().get(0).get("id").asString())
                .isEqualTo(id);
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + suite.id() + "/runs", null).json()).hasSize(1);
        Http.Response compared = as(viewerToken, "GET", "/api/v1/eval-runs/compare?a=" + id + "&b=" + id, null);
        assertThat(compared.status()).isEqualTo(200);
        assertThat(compared.json().get("regressed").asInt()).isZero();
        assertThat(compared.json().get("cases")).hasSize(2);
        assertThat(as(editorToken, "POST", "/api/v1/eval-runs/" + id + "/cancel", null).json().get("status").asString())
                .isEqualTo("COMPLETED");
    }

    @Test
    void viewers_cannot_start_runs_and_other_teams_find_nothing() {
        String body = json(Map.of("modelId", model.id().value()));
        assertThat(as(viewerToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/runs", body).status()).isEqualTo(403);
        assertThat(as(outsiderToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/runs", body).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/eval-suites/" + suite.id() + "/runs", null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/models/" + model.id() + "/eval-runs", null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/eval-suites/" + suite.id() + "/attachments", null).status()).isEqualTo(404);
        String run = as(editorToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/runs", body).json().get("id").asString();
        assertThat(as(outsiderToken, "GET", "/api/v1/eval-runs/" + run, null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "POST", "/api/v1/eval-runs/" + run + "/cancel", null).status()).isEqualTo(404);
        assertThat(as(viewerToken, "POST", "/api/v1/eval-runs/" + run + "/cancel", null).status()).isEqualTo(403);
        assertThat(as(editorToken, "POST", "/api/v1/eval-suites/" + suite.id() + "/runs", "{}").json()
                .get("errors").has("modelId")).isTrue();
    }

    @Test
    void the_run_endpoints_are_in_the_openapi_description() {
        String description = http.get("/api/docs/openapi.json").body();

        assertThat(description).contains("\"/api/v1/eval-suites/{id}/attachments\"", "\"/api/v1/eval-attachments/{id}\"",
                "\"/api/v1/eval-suites/{id}/runs\"", "\"/api/v1/models/{id}/eval-runs\"", "\"/api/v1/eval-runs/{id}\"",
                "\"/api/v1/eval-runs/{id}/cancel\"", "\"/api/v1/eval-runs/compare\"", "latencyP95Ms", "timeoutSeconds");
    }

    private Http.Response as(String token, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", bearer(token));
    }
}
