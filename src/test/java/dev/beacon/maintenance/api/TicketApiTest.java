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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The tickets REST API: a CI pipeline's view of tickets, with the team rules and problem+json errors of the others. */
@IntegrationTest
class TicketApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    Http http;
    Team team;
    UserAccount editor;
    UserAccount owner;
    UserAccount outsider;
    String editorToken;
    String ownerToken;
    String outsiderToken;
    Model model;

    @BeforeEach
    void aTeamWithAModelAndSomeoneFromAnotherTeam() {
        http = new Http(port);
        team = fixtures.team("api-tickets");
        editor = fixtures.user("ci");
        owner = fixtures.user("owner");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, owner, TeamRole.OWNER);
        outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        editorToken = fixtures.apiToken(editor);
        ownerToken = fixtures.apiToken(owner);
        outsiderToken = fixtures.apiToken(outsider);
        model = fixtures.model(team, "scanned");
    }

    @Test
    void a_pipeline_opens_a_security_patch_ticket_and_reads_it_back_with_its_history() {
        Http.Response created = as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/tickets", json(Map.of(
                "type", "SECURITY_PATCH", "title", "Image has CVE-2026-0001", "priority", "URGENT",
                "modelId", model.id().toString(), "assigneeId", owner.id().toString(), "dueDate", "2026-12-24",
                "labels", List.of("cve", "scanner"))));

        assertThat(created.status()).isEqualTo(201);
        JsonNode ticket = created.json();
        assertThat(created.header("Location").orElseThrow()).contains("/api/v1/tickets/" + ticket.get("id").asString());
        assertThat(ticket.get("reference").asString()).isEqualTo("#" + ticket.get("number").asLong());
        assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
        assertThat(ticket.get("modelName").asString()).isEqualTo(model.data().name());
        assertThat(ticket.get("assigneeId").asString()).isEqualTo(owner.id().toString());
        assertThat(ticket.get("assigneeName").asString()).isEqualTo(owner.displayName());
        assertThat(ticket.get("reporterName").asString()).isEqualTo(editor.displayName());
        assertThat(ticket.get("dueDate").asString()).isEqualTo("2026-12-24");
        assertThat(ticket.get("labels").valueStream().map(JsonNode::asString)).containsExactly("cve", "scanner");
        assertThat(ticket.get("createdAt").asString()).endsWith("Z");
        assertThat(ticket.has("closedAt")).as("absent while open").isFalse();

        Http.Response read = as(editorToken, "GET", "/api/v1/tickets/" + ticket.get("id").asString(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("history").valueStream().map(change -> change.get("field").asString()))
                .containsExactly("created", "assignee");
        assertThat(read.json().get("comments").isEmpty()).isTrue();
    }

    @Test
    void patch_changes_fields_assignee_and_status_together_and_a_stale_version_gets_409() {
        JsonNode ticket = create("Rotate the API keys");
        String path = "/api/v1/tickets/" + ticket.get("id").asString();
        int version = ticket.get("version").asInt();

        Http.Response patched = as(editorToken, "PATCH", path, json(body("version", version, "status", "IN_PROGRESS",
                "assigneeId", editor.id().toString(), "priority", "HIGH")));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(patched.json().get("assigneeName").asString()).isEqualTo(editor.displayName());
        assertThat(patched.json().get("priority").asString()).isEqualTo("HIGH");
        assertThat(patched.json().get("title").asString()).as("left out, kept").isEqualTo("Rotate the API keys");

        Http.Response unassigned = as(editorToken, "PATCH", path, json(body("version",
                patched.json().get("version").asInt(), "assigneeId", null)));
        assertThat(unassigned.status()).isEqualTo(200);
        assertThat(unassigned.json().has("assigneeId")).isFalse();

        Http.Response stale = as(editorToken, "PATCH", path, json(body("version", version, "title", "Overwrite")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("detail").asString())
                .isEqualTo("This ticket was changed by someone else. Reload it and apply your changes again.");
    }

    @Test
    void bad_input_answers_400_naming_the_field_and_saves_nothing() {
        JsonNode ticket = create("Review thresholds");
        String path = "/api/v1/tickets/" + ticket.get("id").asString();
        int version = ticket.get("version").asInt();

        assertField(as(editorToken, "PATCH", path, json(body("title", "no version"))), "version");
        assertField(as(editorToken, "PATCH", path, json(body("version", version, "priority", "SOON"))), "priority");
        assertField(as(editorToken, "PATCH", path, json(body("version", version, "title", " "))), "title");
        assertField(as(editorToken, "PATCH", path, json(body("version", version, "dueDate", "next week"))), "dueDate");
        assertField(as(editorToken, "PATCH", path, json(body("version", version, "assigneeId", outsider.id().toString()))),
                "assigneeId");
        assertField(as(editorToken, "PATCH", path, json(body("version", version, "colour", "red"))), "colour");
        assertField(as(editorToken, "POST", path + "/comments", json(body("body", "  "))), "body");
        assertField(as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/tickets",
                json(body("type", "PATCH_TUESDAY", "title", "x"))), "type");
        assertField(as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/tickets",
                json(body("type", "OTHER", "title", "x".repeat(201)))), "title");
        assertField(as(editorToken, "GET", "/api/v1/tickets?assignee=someone", null), "assignee");
        assertField(as(editorToken, "GET", "/api/v1/tickets?size=500", null), "size");

        Http.Response done = as(editorToken, "PATCH", path, json(body("version", version, "status", "DONE")));
        assertThat(done.status()).as("threshold reviews need no version label").isEqualTo(200);
        Http.Response refused = as(editorToken, "PATCH", path, json(body("version", done.json().get("version").asInt(),
                "status", "IN_PROGRESS")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get("status").asString()).isEqualTo("A done ticket can only be reopened");
        assertThat(as(editorToken, "GET", path, null).json().get("title").asString()).isEqualTo("Review thresholds");
    }

    @Test
    void another_teams_ticket_answers_404_exactly_like_a_missing_one_and_never_appears_in_lists() {
        JsonNode ticket = create(TestFixtures.unique("internal"));
        String foreign = "/api/v1/tickets/" + ticket.get("id").asString();
        String missing = "/api/v1/tickets/" + UUID.randomUUID();
        String patch = json(body("version", 0, "title", "taken over"));

        assertSameNotFound(as(outsiderToken, "GET", foreign, null), as(outsiderToken, "GET", missing, null));
        assertSameNotFound(as(outsiderToken, "PATCH", foreign, patch), as(outsiderToken, "PATCH", missing, patch));
        assertSameNotFound(as(outsiderToken, "POST", foreign + "/comments", json(body("body", "hi"))),
                as(outsiderToken, "POST", missing + "/comments", json(body("body", "hi"))));
        assertSameNotFound(as(outsiderToken, "DELETE", foreign + "?version=0", null),
                as(outsiderToken, "DELETE", missing + "?version=0", null));
        assertThat(as(outsiderToken, "POST", "/api/v1/teams/" + team.id() + "/tickets",
                json(body("type", "OTHER", "title", "x"))).status()).isEqualTo(404);

        Http.Response list = as(outsiderToken, "GET", "/api/v1/tickets?team=" + team.id(), null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("totalItems").asInt()).isZero();
        assertThat(as(outsiderToken, "GET", "/api/v1/tickets.csv?q=" + ticket.get("title").asString(), null).body())
                .doesNotContain(ticket.get("title").asString());
        assertThat(as(editorToken, "GET", foreign, null).json().get("title").asString())
                .isEqualTo(ticket.get("title").asString());
    }

    @Test
    void the_list_filters_by_status_assignee_me_and_text_and_pages() {
        String tag = TestFixtures.unique("batch");
        JsonNode mine = create(tag + " mine");
        as(editorToken, "PATCH", "/api/v1/tickets/" + mine.get("id").asString(),
                json(body("version", mine.get("version").asInt(), "assigneeId", editor.id().toString(), "status", "IN_PROGRESS")));
        create(tag + " open");
        JsonNode dropped = create(tag + " dropped");
        as(editorToken, "PATCH", "/api/v1/tickets/" + dropped.get("id").asString(),
                json(body("version", dropped.get("version").asInt(), "status", "WONT_DO")));

        assertThat(titles("/api/v1/tickets?q=" + tag + "&status=OPEN&status=IN_PROGRESS"))
                .containsExactlyInAnyOrder(tag + " mine", tag + " open");
        assertThat(titles("/api/v1/tickets?q=" + tag + "&assignee=me")).containsExactly(tag + " mine");
        assertThat(titles("/api/v1/tickets?q=" + tag + "&assignee=" + editor.id() + "&status=WONT_DO")).isEmpty();

        Http.Response firstPage = as(editorToken, "GET", "/api/v1/tickets?q=" + tag + "&size=2", null);
        assertThat(firstPage.json().get("items").size()).isEqualTo(2);
        assertThat(firstPage.json().get("totalItems").asInt()).isEqualTo(3);
        assertThat(firstPage.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.json().get("items").get(1).get("title").asString())
                .as("open before closed").isNotEqualTo(tag + " dropped");
    }

    @Test
    void the_list_comes_as_csv_when_asked_for_by_accept_header_or_by_path() {
        String tag = TestFixtures.unique("export");
        create(tag + ", with a comma");

        Http.Response byAccept = as(editorToken, "GET", "/api/v1/tickets?q=" + tag, null, "Accept", "text/csv");
        Http.Response byPath = as(editorToken, "GET", "/api/v1/tickets.csv?q=" + tag, null);
        Http.Response byDefault = as(editorToken, "GET", "/api/v1/tickets?q=" + tag, null, "Accept", "*/*");

        for (Http.Response csv : List.of(byAccept, byPath)) {
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment", "tickets.csv");
            assertThat(csv.body()).startsWith("number,title,type,").contains("\"" + tag + ", with a comma\"");
        }
        assertThat(byDefault.contentType()).startsWith("application/json");
    }

    @Test
    void a_comment_is_created_and_only_an_owner_deletes_a_ticket() {
        JsonNode ticket = create("Temporary");
        String path = "/api/v1/tickets/" + ticket.get("id").asString();

        Http.Response comment = as(editorToken, "POST", path + "/comments", json(body("body", "Working on it")));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.json().get("authorName").asString()).isEqualTo(editor.displayName());
        assertThat(comment.json().get("body").asString()).isEqualTo("Working on it");

        Http.Response byEditor = as(editorToken, "DELETE", path + "?version=" + ticket.get("version").asInt(), null);
        assertThat(byEditor.status()).isEqualTo(403);
        assertField(as(ownerToken, "DELETE", path, null), "version");
        assertThat(as(ownerToken, "DELETE", path + "?version=" + ticket.get("version").asInt(), null).status())
                .isEqualTo(204);
        assertThat(as(ownerToken, "GET", path, null).status()).isEqualTo(404);
    }

    private JsonNode create(String title) {
        Http.Response response = as(editorToken, "POST", "/api/v1/teams/" + team.id() + "/tickets",
                json(body("type", "THRESHOLD_REVIEW", "title", title, "modelId", model.id().toString())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private List<String> titles(String path) {
        Http.Response response = as(editorToken, "GET", path, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(item -> item.get("title").asString()).toList();
    }

    /** A JSON object in the given order, nulls included (Map.of refuses them). */
    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static void assertField(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").has(field)).as(response.body()).isTrue();
    }

    private void assertSameNotFound(Http.Response foreign, Http.Response missing) {
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.json().get("title")).isEqualTo(missing.json().get("title"));
        assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(foreign.body()).doesNotContain(team.name(), model.data().name());
    }

    private Http.Response as(String token, String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = bearer(token);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.send(method, path, body, all);
    }
}
