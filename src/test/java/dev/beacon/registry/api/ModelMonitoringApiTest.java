package dev.beacon.registry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.stream.Stream;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.registry.api.ModelApiAccessTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The "monitoring" object of the models API: defaults, partial updates, and 400s that name the field. */
@IntegrationTest
class ModelMonitoringApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;

    Http http;
    Team team;
    String token;

    @BeforeEach
    void anEditorWithAToken() {
        http = new Http(port);
        team = fixtures.team("api-monitoring");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        token = fixtures.apiToken(editor);
    }

    @Test
    void registering_without_monitoring_takes_the_runtimes_defaults() {
        var vllm = post(body(ModelRuntime.VLLM, null));
        var ollama = post(body(ModelRuntime.OLLAMA, null));

        assertThat(vllm.status()).isEqualTo(201);
        assertThat(vllm.json().get("monitoring").get("scrapeEnabled").asBoolean()).isTrue();
        assertThat(vllm.json().get("monitoring").get("scrapeIntervalSeconds").asInt()).isEqualTo(15);
        assertThat(vllm.json().get("monitoring").get("probeIntervalSeconds").asInt()).isEqualTo(30);
        assertThat(ollama.json().get("monitoring").get("scrapeEnabled").asBoolean()).isFalse();
        assertThat(ollama.json().get("monitoring").get("probeEnabled").asBoolean()).isTrue();
    }

    @Test
    void an_update_changes_the_monitoring_fields_it_sends_and_keeps_the_others() {
        var created = post(body(ModelRuntime.VLLM, Map.of("metricsUrl", "http://gpu-node-1:9400/metrics", "scrapeIntervalSeconds", 60)));
        String id = created.json().get("id").asString();

        var update = ModelJson.with(body(ModelRuntime.VLLM, Map.of("probeEnabled", false)), "version", created.json().get("version").asInt());
        var updated = http.send("PUT", "/api/v1/models/" + id, json(update), "Authorization", bearer(token));
        var unchanged = http.send("PUT", "/api/v1/models/" + id, json(ModelJson.with(ModelJson.without(update, "monitoring"),
                "version", updated.json().get("version").asInt())), "Authorization", bearer(token));

        assertThat(updated.status()).isEqualTo(200);
        var monitoring = unchanged.json().get("monitoring");
        assertThat(monitoring.get("probeEnabled").asBoolean()).isFalse();
        assertThat(monitoring.get("metricsUrl").asString()).isEqualTo("http://gpu-node-1:9400/metrics");
        assertThat(monitoring.get("scrapeIntervalSeconds").asInt()).isEqualTo(60);
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                arguments("scrapeIntervalSeconds", 2),
                arguments("scrapeIntervalSeconds", "often"),
                arguments("scrapeTimeoutSeconds", 120),
                arguments("probeIntervalSeconds", 0),
                arguments("probeTimeoutSeconds", 61),
                arguments("metricsUrl", "file:///etc/passwd"),
                arguments("scrapeEnabled", "sometimes"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidSettings")
    void an_invalid_monitoring_setting_answers_400_naming_exactly_that_field_and_saves_nothing(String field, Object value) {
        Http.Response response = post(body(ModelRuntime.VLLM, Map.of(field, value)));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly(field);
        assertThat(db.fetchCount(MODEL, MODEL.TEAM_ID.eq(team.id()))).isZero();
    }

    @Test
    void a_timeout_longer_than_the_interval_answers_400_on_the_timeout() {
        Http.Response response = post(body(ModelRuntime.VLLM, Map.of("scrapeIntervalSeconds", 5, "scrapeTimeoutSeconds", 10)));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly("scrapeTimeoutSeconds");
    }

    private Map<String, Object> body(ModelRuntime runtime, Map<String, Object> monitoring) {
        var data = TestFixtures.modelData(TestFixtures.unique("api-monitored"));
        Map<String, Object> body = ModelJson.with(ModelJson.of(data, team.id().value()), "runtime", runtime.name());
        return monitoring == null ? body : ModelJson.with(body, "monitoring", monitoring);
    }

    private Http.Response post(Map<String, Object> body) {
        return http.send("POST", "/api/v1/models", json(body), "Authorization", bearer(token));
    }
}
