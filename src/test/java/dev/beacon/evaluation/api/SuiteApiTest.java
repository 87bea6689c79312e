package dev.beacon.evaluation.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Suites and cases over HTTP: the team rules, optimistic locking, problem+json naming fields and import lines. */
@IntegrationTest
class SuiteApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    Http http;
    Team team;
    String editorToken;
    String viewerToken;
    String outsiderToken;

    @BeforeEach
    void aTeamWithAnEditorAViewerAndAnOutsider() {
        http = new Http(port);
        team = fixtures.team("evals-api");
        UserAccount editor = fixtures.user("editor");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        editorToken = fixtures.apiToken(editor);
        viewerToken = fixtures.apiToken(viewer);
        outsiderToken = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
    }

    @Test
    void an_editor_creates_lists_renames_and_deletes_a_suite() {
        Http.Response created = as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/eval-suites",
                json(Map.of("name", "Smoke QA", "description", "Capitals",
                        "defaultScorer", Map.of("type", "contains", "ignoreCase", true))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode suite = created.json();
        String id = suite.get("id").asString();
        assertThat(created.header("Location")).hasValue("/api/v1/eval-suites/" + id);
        assertThat(suite.get("slug").asString()).isEqualTo("smoke-qa");
        assertThat(suite.get("defaultScorer").get("type").asString()).isEqualTo("contains");
        assertThat(suite.get("teamName").asString()).isEqualTo(team.name());

        JsonNode listed = as(viewerToken, "GET", "/api/v1/teams/" + team.id() + "/eval-suites", null).json();
        assertThat(listed.get(0).get("id").asString()).isEqualTo(id);

        Http.Response renamed = as(editorToken, "PUT", "/api/v1/eval-suites/" + id,
                json(Map.of("name", "Smoke questions", "version", suite.get("version").asInt())));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("slug").asString()).isEqualTo("smoke-qa");
        assertThat(renamed.json().get("defaultScorer").get("type").asString()).isEqualTo("exact");

        assertThat(as(editorToken, "DELETE", "/api/v1/eval-suites/" + id, null).status()).isEqualTo(204);
        assertThat(as(editorToken, "GET", "/api/v1/eval-suites/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void a_save_with_a_stale_version_answers_409_and_one_without_a_version_400() {
        String id = createSuite("Locked");
        assertThat(as(editorToken, "PUT", "/api/v1/eval-suites/" + id, json(Map.of("name", "First", "version", 0)))
                .status()).isEqualTo(200);

        Http.Response stale = as(editorToken, "PUT", "/api/v1/eval-suites/" + id, json(Map.of("name", "Second", "version", 0)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        Http.Response noVersion = as(editorToken, "PUT", "/api/v1/eval-suites/" + id, json(Map.of("name", "Third")));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().get("errors").has("version")).isTrue();
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id, null).json().get("name").asString()).isEqualTo("First");
    }

    @Test
    void bad_values_answer_400_naming_the_field() {
        Http.Response badScorer = as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/eval-suites",
                json(Map.of("name", "Numbers", "defaultScorer", Map.of("type", "number", "tolerance", -1))));
        assertThat(badScorer.status()).isEqualTo(400);
        assertThat(badScorer.json().get("errors").has("defaultScorer.tolerance")).as(badScorer.body()).isTrue();

        String id = createSuite("Patterns");
        Http.Response badPattern = as(editorToken, "POST", "/api/v1/eval-suites/" + id + "/cases",
                json(Map.of("prompt", "Say a word", "expected", "([a-z", "scorer", Map.of("type", "regex"))));
        assertThat(badPattern.status()).isEqualTo(400);
        assertThat(badPattern.json().get("errors").get("expected").asString()).startsWith("Not a valid regular expression");
        Http.Response unknownType = as(editorToken, "POST", "/api/v1/eval-suites/" + id + "/cases",
                json(Map.of("prompt", "Say a word", "expected", "word", "scorer", Map.of("type", "fuzzy"))));
        assertThat(unknownType.json().get("errors").get("scorer").asString()).startsWith("Unknown scorer type 'fuzzy'");
    }

    @Test
    void cases_are_added_listed_saved_and_deleted() {
        String id = createSuite("Cases");
        Http.Response added = as(editorToken, "POST", "/api/v1/eval-suites/" + id + "/cases", json(Map.of(
                "messages", List.of(Map.of("role", "system", "content", "Be brief."),
                        Map.of("role", "user", "content", "What is 6 × 7?")),
                "expected", "42", "scorer", Map.of("type", "number", "tolerance", 0.5), "tags", List.of("math"))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String caseId = added.json().get("id").asString();
        assertThat(added.json().get("question").asString()).isEqualTo("What is 6 × 7?");

        Http.Response saved = as(editorToken, "PUT", "/api/v1/eval-suites/" + id + "/cases/" + caseId,
                json(Map.of("prompt", "What is 6 × 7?", "expected", "forty-two")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("scorer").isNull()).isTrue();

        JsonNode listed = as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases", null).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("expected").asString()).isEqualTo("forty-two");
        assertThat(as(editorToken, "DELETE", "/api/v1/eval-suites/" + id + "/cases/" + caseId, null).status()).isEqualTo(204);
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases", null).json()).isEmpty();
    }

    @Test
    void a_case_of_another_suite_is_not_found_under_this_one() {
        String first = createSuite("First");
        String second = createSuite("Second");
        String caseId = as(editorToken, "POST", "/api/v1/eval-suites/" + first + "/cases",
                json(Map.of("prompt", "q", "expected", "a"))).json().get("id").asString();

        assertThat(as(editorToken, "DELETE", "/api/v1/eval-suites/" + second + "/cases/" + caseId, null).status())
                .isEqualTo(404);
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + first + "/cases", null).json()).hasSize(1);
    }

    @Test
    void an_import_with_a_bad_line_answers_400_listing_the_problems_and_imports_nothing() {
        String id = createSuite("Imports");
        String csv = "prompt,expected,scorer\nWhat is 2 + 2?,4,number\nCapital of France?,Paris,\nPick one,K,choice\n";

        Http.Response refused = importFile(editorToken, id, "replace", "text/csv", csv);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json().get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(4);
        assertThat(problem.get("field").asString()).isEqualTo("expected");
        assertThat(problem.get("message").asString()).isEqualTo("The expected answer is one letter from A to J");
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases", null).json()).isEmpty();

        Http.Response imported = importFile(editorToken, id, "append", "text/csv", csv.replace(",K,", ",B,"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(3);
        assertThat(imported.json().get("total").asInt()).isEqualTo(3);
    }

    @Test
    void jsonl_imports_with_either_media_type_and_exports_back_as_a_download() {
        String id = createSuite("Round trip");
        String jsonl = "{\"prompt\": \"Capital of Zürich's canton?\", \"expected\": \"Zürich\", \"tags\": [\"geo\"]}\n";
        assertThat(importFile(editorToken, id, "append", "application/x-ndjson", jsonl).status()).isEqualTo(200);
        assertThat(importFile(editorToken, id, "append", "application/jsonl", jsonl).status()).isEqualTo(200);

        Http.Response exported = as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases/export?format=jsonl", null);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/x-ndjson");
        assertThat(exported.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains("attachment").contains("round-trip.jsonl"));
        assertThat(exported.body().lines().toList()).containsExactly(
                "{\"prompt\":\"Capital of Zürich's canton?\",\"expected\":\"Zürich\",\"tags\":[\"geo\"]}",
                "{\"prompt\":\"Capital of Zürich's canton?\",\"expected\":\"Zürich\",\"tags\":[\"geo\"]}");
        Http.Response csv = as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases/export?format=csv", null);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("prompt,messages,expected,scorer,scorer_options,tags\r\n");
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases/export?format=xml", null).status())
                .isEqualTo(400);
    }

    @Test
    void a_viewer_reads_but_gets_403_for_every_write() {
        String id = createSuite("Guarded");
        String caseId = as(editorToken, "POST", "/api/v1/eval-suites/" + id + "/cases",
                json(Map.of("prompt", "q", "expected", "a"))).json().get("id").asString();

        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id, null).status()).isEqualTo(200);
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases/export", null).status()).isEqualTo(200);
        assertThat(as(viewerToken, "POST", "/api/v1/teams/" + team.id() + "/eval-suites", json(Map.of("name", "Mine"))).status())
                .isEqualTo(403);
        assertThat(as(viewerToken, "PUT", "/api/v1/eval-suites/" + id, json(Map.of("name", "Mine", "version", 0))).status())
                .isEqualTo(403);
        assertThat(as(viewerToken, "DELETE", "/api/v1/eval-suites/" + id, null).status()).isEqualTo(403);
        assertThat(as(viewerToken, "POST", "/api/v1/eval-suites/" + id + "/cases", json(Map.of("prompt", "q", "expected", "a")))
                .status()).isEqualTo(403);
        assertThat(as(viewerToken, "PUT", "/api/v1/eval-suites/" + id + "/cases/" + caseId,
                json(Map.of("prompt", "q", "expected", "b"))).status()).isEqualTo(403);
        assertThat(as(viewerToken, "DELETE", "/api/v1/eval-suites/" + id + "/cases/" + caseId, null).status()).isEqualTo(403);
        assertThat(importFile(viewerToken, id, "replace", "text/csv", "prompt,expected\nq,a\n").status()).isEqualTo(403);
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases", null).json()).hasSize(1);
    }

    @Test
    void someone_of_another_team_gets_404_everywhere() {
        String id = createSuite("Secret");
        String caseId = as(editorToken, "POST", "/api/v1/eval-suites/" + id + "/cases",
                json(Map.of("prompt", "q", "expected", "a"))).json().get("id").asString();

        assertThat(as(outsiderToken, "GET", "/api/v1/teams/" + team.id() + "/eval-suites", null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "POST", "/api/v1/teams/" + team.id() + "/eval-suites", json(Map.of("name", "Mine")))
                .status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/eval-suites/" + id, null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "PUT", "/api/v1/eval-suites/" + id, json(Map.of("name", "Mine", "version", 0))).status())
                .isEqualTo(404);
        assertThat(as(outsiderToken, "DELETE", "/api/v1/eval-suites/" + id, null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/eval-suites/" + id + "/cases", null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "DELETE", "/api/v1/eval-suites/" + id + "/cases/" + caseId, null).status()).isEqualTo(404);
        assertThat(as(outsiderToken, "GET", "/api/v1/eval-suites/" + id + "/cases/export?format=csv", null).status())
                .isEqualTo(404);
        assertThat(importFile(outsiderToken, id, "append", "text/csv", "prompt,expected\nq,a\n").status()).isEqualTo(404);
        assertThat(as(viewerToken, "GET", "/api/v1/eval-suites/" + id + "/cases", null).json()).hasSize(1);
    }

    @Test
    void without_a_token_nothing_is_readable() {
        String id = createSuite("Closed");

        assertThat(http.get("/api/v1/eval-suites/" + id).status()).isEqualTo(401);
    }

    @Test
    void the_openapi_description_documents_suites_cases_and_the_case_file_media_types() {
        JsonNode paths = http.get("/api/docs/openapi.json").json().get("paths");

        assertThat(paths.has("/api/v1/teams/{teamId}/eval-suites")).isTrue();
        assertThat(paths.get("/api/v1/eval-suites/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/v1/eval-suites/{suiteId}/cases/{caseId}").has("delete")).isTrue();
        JsonNode importBody = paths.get("/api/v1/eval-suites/{suiteId}/cases/import").get("post").get("requestBody");
        assertThat(importBody.get("content").has("text/csv")).as(importBody.toString()).isTrue();
        assertThat(importBody.get("content").has("application/x-ndjson")).isTrue();
    }

    private String createSuite(String name) {
        Http.Response created = as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/eval-suites",
                json(Map.of("name", name)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Http.Response importFile(String token, String suiteId, String mode, String contentType, String body) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/eval-suites/" + suiteId
                        + "/cases/import?mode=" + mode)))
                .header("Authorization", bearer(token))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private Http.Response as(String token, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", bearer(token));
    }
}
