package dev.beacon.alerting.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.Rule;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static dev.beacon.jooq.Tables.ALERT_RULE;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AlertRuleApiTest {

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
    Model model;
    String editorToken;
    String viewerToken;

    @BeforeEach
    void aTeamWithAnEditorAndAViewer() {
        http = new Http(port);
        team = fixtures.team("rules-api");
        model = fixtures.model(team, "api-model");
        UserAccount editor = fixtures.user("editor");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        editorToken = fixtures.apiToken(editor);
        viewerToken = fixtures.apiToken(viewer);
    }

    static Map<String, Object> p95Rule(Object warning, Object critical) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("metric", "LATENCY_P95");
        rule.put("comparator", "ABOVE");
        rule.put("warningThreshold", warning);
        rule.put("criticalThreshold", critical);
        rule.put("windowSeconds", 300);
        rule.put("pendingSeconds", 60);
        return rule;
    }

    @Test
    void an_editor_creates_reads_updates_reviews_and_deletes_a_rule() {
        Http.Response created = as(editorToken, "POST", rules(), json(p95Rule(2000, 5000)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode rule = created.json();
        String id = rule.get("id").asString();
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/alert-rules/" + id));
        assertThat(rule.get("summary").asString()).isEqualTo("Latency p95 above 2,000 ms (warning), 5,000 ms (critical) over 5 min");
        assertThat(rule.get("state").asString()).isEqualTo("OK");

        JsonNode listed = as(viewerToken, "GET", rules(), null).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("rule").get("criticalThreshold").asDouble()).isEqualTo(5000.0);

        Map<String, Object> change = p95Rule(2500, 6000);
        change.put("version", rule.get("version").asInt());
        Http.Response updated = as(editorToken, "PUT", "/api/v1/alert-rules/" + id, json(change));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("rule").get("warningThreshold").asDouble()).isEqualTo(2500.0);
        assertThat(as(editorToken, "PUT", "/api/v1/alert-rules/" + id, json(change)).status()).as("stale version").isEqualTo(409);

        JsonNode reviewed = as(editorToken, "POST", "/api/v1/alert-rules/" + id + "/review", null).json();
        assertThat(reviewed.get("reviewedAt").isNull()).isFalse();

        int version = updated.json().get("version").asInt();
        assertThat(as(editorToken, "DELETE", "/api/v1/alert-rules/" + id + "?version=" + version, null).status()).isEqualTo(204);
        assertThat(as(viewerToken, "GET", rules(), null).json()).isEmpty();
    }

    @Test
    void invalid_rules_answer_400_naming_the_field_and_nothing_is_saved() {
        assertThat(errors(as(editorToken, "POST", rules(), json(p95Rule(6000, 5000)))))
                .containsKey("warningThreshold");
        assertThat(errors(as(editorToken, "POST", rules(), json(p95Rule(null, null)))))
                .containsKey("warningThreshold");
        Map<String, Object> negativeWindow = p95Rule(2000, 5000);
        negativeWindow.put("windowSeconds", -300);
        assertThat(errors(as(editorToken, "POST", rules(), json(negativeWindow))))
                .containsEntry("windowSeconds", "The window must be at least 1 minute");
        Map<String, Object> kvCache = p95Rule(80, 95);
        kvCache.put("metric", "KV_CACHE_USAGE");
        Model ollama = fixtures.registerAsAdmin(team, ollama());
        assertThat(errors(as(editorToken, "POST", "/api/v1/models/" + ollama.id() + "/alert-rules", json(kvCache))))
                .containsKey("metric");
        Map<String, Object> unknownMetric = p95Rule(1, 2);
        unknownMetric.put("metric", "VIBES");
        assertThat(errors(as(editorToken, "POST", rules(), json(unknownMetric)))).containsKey("metric");

        assertThat(db.fetchCount(ALERT_RULE, ALERT_RULE.MODEL_ID.in(model.id(), ollama.id()))).isZero();
    }

    @Test
    void a_rule_keeps_its_own_repeat_interval_through_the_api_and_export_and_import_and_refuses_one_out_of_range() {
        Map<String, Object> hourly = p95Rule(2000, 5000);
        hourly.put("repeatIntervalSeconds", 3600);
        Http.Response created = as(editorToken, "POST", rules(), json(hourly));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("rule").get("repeatIntervalSeconds").asInt()).isEqualTo(3600);

        Model target = fixtures.model(team, "repeat-target");
        String exported = as(viewerToken, "GET", rules() + "/export", null).body();
        assertThat(as(editorToken, "POST", "/api/v1/models/" + target.id() + "/alert-rules/import", exported).status()).isEqualTo(201);
        assertThat(as(viewerToken, "GET", "/api/v1/models/" + target.id() + "/alert-rules", null).json().get(0)
                .get("rule").get("repeatIntervalSeconds").asInt()).isEqualTo(3600);

        Map<String, Object> tooOften = p95Rule(2000, 5000);
        tooOften.put("repeatIntervalSeconds", 30);
        assertThat(errors(as(editorToken, "POST", rules(), json(tooOften))))
                .containsEntry("repeatIntervalSeconds", "Repeat at most every minute");
        tooOften.put("repeatIntervalSeconds", 8 * 86_400);
        assertThat(errors(as(editorToken, "POST", rules(), json(tooOften))))
                .containsEntry("repeatIntervalSeconds", "Repeat at least every 7 days");
        Map<String, Object> byDefault = p95Rule(2000, 5000);
        assertThat(as(editorToken, "POST", rules(), json(byDefault)).json().get("rule").get("repeatIntervalSeconds").isNull()).isTrue();
    }

    @Test
    void a_viewer_reads_but_cannot_change_rules() {
        assertThat(as(viewerToken, "POST", rules(), json(p95Rule(2000, 5000))).status()).isEqualTo(403);
        assertThat(as(viewerToken, "GET", rules(), null).status()).isEqualTo(200);
    }

    @Test
    void another_teams_rules_and_alerts_answer_404_like_missing_ones() {
        Team other = fixtures.team("rules-api-other");
        Model theirs = fixtures.model(other, "theirs");
        Rule theirRule = new AlertTestData(context).rule(theirs, AlertTestData.latencyRule(2000, 5000, 0));
        String missingModel = "/api/v1/models/" + UUID.randomUUID();
        String theirModel = "/api/v1/models/" + theirs.id();

        for (String path : List.of("/alert-rules", "/alerts", "/alert-history", "/health", "/alert-rules/export")) {
            Http.Response foreign = as(editorToken, "GET", theirModel + path, null);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.json().get("detail")).isEqualTo(as(editorToken, "GET", missingModel + path, null).json().get("detail"));
        }
        assertThat(as(editorToken, "POST", theirModel + "/alert-rules", json(p95Rule(1, 2))).status()).isEqualTo(404);
        String ruleUrl = "/api/v1/alert-rules/" + theirRule.id();
        assertThat(as(editorToken, "GET", ruleUrl, null).status()).isEqualTo(404);
        assertThat(as(editorToken, "DELETE", ruleUrl + "?version=0", null).status()).isEqualTo(404);
        assertThat(as(editorToken, "POST", ruleUrl + "/review", null).status()).isEqualTo(404);
        assertThat(as(editorToken, "GET", "/api/v1/teams/" + other.id() + "/alert-rules/export", null).status()).isEqualTo(404);
        assertThat(db.fetchExists(ALERT_RULE, ALERT_RULE.ALERT_RULE_ID.eq(theirRule.id()))).isTrue();
    }

    @Test
    void a_models_rules_export_and_import_onto_another_model_all_or_nothing() {
        as(editorToken, "POST", rules(), json(p95Rule(2000, 5000)));
        Map<String, Object> errors = p95Rule(null, 10);
        errors.put("metric", "ERROR_RATE");
        as(editorToken, "POST", rules(), json(errors));
        String exported = as(viewerToken, "GET", rules() + "/export", null).body();
        Model target = fixtures.model(team, "copy-target");

        Http.Response imported = as(editorToken, "POST", "/api/v1/models/" + target.id() + "/alert-rules/import", exported);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);
        assertThat(as(viewerToken, "GET", "/api/v1/models/" + target.id() + "/alert-rules", null).json())
                .extracting(node -> node.get("summary").asString())
                .containsExactly("Latency p95 above 2,000 ms (warning), 5,000 ms (critical) over 5 min",
                        "Error rate above 10 % (critical) over 5 min");

        String broken = exported.replace("\"criticalThreshold\":10.0", "\"criticalThreshold\":-1,\"warningThreshold\":5");
        Model other = fixtures.model(team, "broken-target");
        Http.Response refused = as(editorToken, "POST", "/api/v1/models/" + other.id() + "/alert-rules/import", broken);
        assertThat(errors(refused)).containsKey("rules[1].warningThreshold");
        assertThat(db.fetchCount(ALERT_RULE, ALERT_RULE.MODEL_ID.eq(other.id()))).as("all or nothing").isZero();

        String teamExport = as(viewerToken, "GET", "/api/v1/teams/" + team.id() + "/alert-rules/export", null).body();
        assertThat(teamExport).contains(model.data().name(), target.data().name());
    }

    private static dev.beacon.registry.ModelData ollama() {
        var base = TestFixtures.modelData(TestFixtures.unique("ollama"));
        return new dev.beacon.registry.ModelData(base.name(), base.description(), dev.beacon.registry.ModelRuntime.OLLAMA,
                base.endpointUrl(), base.servedModelName(), base.versionLabel(), base.contextWindow(), base.defaultTemperature(),
                base.maxOutputTokens(), base.tags(), base.status(),
                dev.beacon.registry.ModelMonitoring.defaultsFor(dev.beacon.registry.ModelRuntime.OLLAMA));
    }

    private String rules() {
        return "/api/v1/models/" + model.id() + "/alert-rules";
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
