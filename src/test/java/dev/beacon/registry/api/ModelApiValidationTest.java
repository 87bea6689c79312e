package dev.beacon.registry.api;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.registry.api.ModelApiAccessTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@IntegrationTest
class ModelApiValidationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;

    Http http;
    Team team;
    String token;
    Map<String, Object> valid;

    @BeforeEach
    void anEditorWithAToken() {
        http = new Http(port);
        team = fixtures.team("api-validation");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        token = fixtures.apiToken(editor);
        valid = ModelJson.of(TestFixtures.modelData(TestFixtures.unique("valid")), team.id().value());
    }

    static Stream<Arguments> invalidRegistrations() {
        return Stream.concat(invalidModelFields(), Stream.of(arguments("teamId", null), arguments("teamId", "not-a-uuid")));
    }

    static Stream<Arguments> invalidModelFields() {
        return Stream.of(
                arguments("name", ""),
                arguments("name", "n".repeat(101)),
                arguments("description", "d".repeat(2001)),
                arguments("runtime", null),
                arguments("runtime", "FOO"),
                arguments("endpointUrl", "garbage"),
                arguments("endpointUrl", "ftp://gpu-node-1/models"),
                arguments("endpointUrl", null),
                arguments("endpointUrl", "http://gpu-node-1:8000/" + "p".repeat(478)),
                arguments("servedModelName", "  "),
                arguments("servedModelName", "s".repeat(201)),
                arguments("versionLabel", ""),
                arguments("versionLabel", "v".repeat(81)),
                arguments("contextWindow", 0),
                arguments("contextWindow", -1),
                arguments("contextWindow", null),
                arguments("contextWindow", "many"),
                arguments("defaultTemperature", -0.5),
                arguments("defaultTemperature", 2.5),
                arguments("defaultTemperature", 0.705),
                arguments("maxOutputTokens", 0),
                arguments("tags", List.of("UPPER")),
                arguments("tags", List.of("with space")),
                arguments("tags", Arrays.asList("ok", null)),
                arguments("tags", IntStream.rangeClosed(1, 21).mapToObj(i -> "t" + i).toList()),
                arguments("status", "GONE"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidRegistrations")
    void registering_with_one_invalid_field_answers_400_naming_exactly_that_field_and_saves_nothing(String field, Object value) {
        int before = modelsOfTeam();

        Http.Response response = post(json(ModelJson.with(valid, field, value)));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly(field);
        assertThat(modelsOfTeam()).isEqualTo(before);
        assertThat(post(json(valid)).status()).as("the next valid request").isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidModelFields")
    void updating_with_one_invalid_field_answers_400_and_keeps_the_stored_model(String field, Object value) {
        Model model = fixtures.model(team, "stored");
        var update = ModelJson.with(ModelJson.of(model.data(), team.id().value()), "version", model.version());

        Http.Response response = put(model, json(ModelJson.with(update, field, value)));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly(field);
        assertThat(http.get("/api/v1/models/" + model.id(), "Authorization", bearer(token)).json().get("version").asInt())
                .isEqualTo(model.version());
    }

    @Test
    void a_version_note_of_2001_characters_answers_400_naming_versionNote_and_saves_nothing() {
        Model model = fixtures.model(team, "noted");
        var update = ModelJson.with(ModelJson.with(ModelJson.of(model.data(), team.id().value()), "version", model.version()),
                "versionLabel", "v2");

        Http.Response response = put(model, json(ModelJson.with(update, "versionNote", "n".repeat(2001))));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly("versionNote");
        assertThat(response.json().get("errors").get("versionNote").asString()).isEqualTo("Use at most 2000 characters");
        assertThat(versionsOf(model).size()).isEqualTo(1);
        assertThat(put(model, json(ModelJson.with(update, "versionNote", "n".repeat(2000)))).status()).isEqualTo(200);
        assertThat(versionsOf(model).size()).isEqualTo(2);
        assertThat(versionsOf(model).get(0).get("note").asString()).hasSize(2000);
    }

    @Test
    void an_unknown_runtime_names_the_allowed_values() {
        Http.Response response = post(json(ModelJson.with(valid, "runtime", "FOO")));

        assertThat(response.json().get("errors").get("runtime").asString()).contains("FOO", "VLLM", "OLLAMA");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"name\": ", "not json at all", "[1, 2, 3]", "''"})
    void a_body_that_is_not_a_model_answers_400_and_the_server_keeps_serving(String body) {
        int before = modelsOfTeam();

        Http.Response response = post(body);

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly("body");
        assertThat(modelsOfTeam()).isEqualTo(before);
        assertThat(post(json(valid)).status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=0                | size",
            "size=1000             | size",
            "size=-5               | size",
            "size=ten              | size",
            "page=-1               | page",
            "page=first            | page",
            "page=20000000&size=200 | page",
            "sort=bogus            | sort",
            "sort=name;drop        | sort",
            "order=sideways        | order",
            "runtime=BOGUS         | runtime",
            "status=MAYBE          | status",
            "team=not-a-uuid       | team",
    })
    void a_bad_query_parameter_answers_400_naming_it(String query, String parameter) {
        Http.Response response = http.get("/api/v1/models?" + query, "Authorization", bearer(token));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly(parameter);
        assertThat(http.get("/api/v1/models", "Authorization", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void a_page_after_the_last_one_is_empty() {
        fixtures.model(team, "only");

        Http.Response response = http.get("/api/v1/models?team=" + team.id() + "&page=5&size=1", "Authorization", bearer(token));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").isEmpty()).isTrue();
        assertThat(response.json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(response.json().get("totalPages").asInt()).isEqualTo(1);
    }

    @Test
    void a_duplicate_name_in_the_team_answers_400_on_the_name_field() {
        assertThat(post(json(valid)).status()).isEqualTo(201);
        int before = modelsOfTeam();

        Http.Response duplicate = post(json(ModelJson.with(valid, "name", ((String) valid.get("name")).toUpperCase())));

        assertProblem(duplicate, 400);
        assertThat(duplicate.json().get("errors").propertyNames()).containsExactly("name");
        assertThat(modelsOfTeam()).isEqualTo(before);
    }

    @Test
    void an_update_with_an_old_version_answers_409_and_keeps_the_first_save() {
        Model model = fixtures.model(team, "contended");
        var base = ModelJson.with(ModelJson.of(model.data(), team.id().value()), "version", model.version());

        Http.Response first = put(model, json(ModelJson.with(base, "versionLabel", "first")));
        Http.Response second = put(model, json(ModelJson.with(base, "versionLabel", "second")));

        assertThat(first.status()).isEqualTo(200);
        assertProblem(second, 409);
        assertThat(second.json().get("detail").asString()).contains("changed by someone else");
        assertThat(http.get("/api/v1/models/" + model.id(), "Authorization", bearer(token)).json().get("versionLabel").asString())
                .isEqualTo("first");
    }

    @Test
    void an_update_without_version_answers_400_naming_version() {
        Model model = fixtures.model(team, "unversioned");

        Http.Response response = put(model, json(ModelJson.with(ModelJson.of(model.data(), team.id().value()), "versionLabel", "v9")));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly("version");
        assertThat(http.get("/api/v1/models/" + model.id(), "Authorization", bearer(token)).json().get("versionLabel").asString())
                .isEqualTo("v1");
    }

    @Test
    void a_delete_without_version_answers_400_naming_version() {
        Model model = fixtures.model(team, "undeleted");

        Http.Response response = http.send("DELETE", "/api/v1/models/" + model.id(), null, "Authorization", bearer(fixtures.adminApiToken()));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).containsExactly("version");
        assertThat(db.fetchExists(MODEL, MODEL.MODEL_ID.eq(model.id()))).isTrue();
    }

    @Test
    void a_registered_model_is_answered_with_201_and_its_location() {
        Http.Response created = post(json(valid));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).hasValue(http.url("/api/v1/models/" + id));
        assertThat(created.json().get("version").asInt()).isZero();
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
    }

    private Http.Response post(String body) {
        return http.send("POST", "/api/v1/models", body, "Authorization", bearer(token));
    }

    private Http.Response put(Model model, String body) {
        return http.send("PUT", "/api/v1/models/" + model.id(), body, "Authorization", bearer(token));
    }

    /** The model's version history as the API returns it, newest first. */
    private JsonNode versionsOf(Model model) {
        return http.get("/api/v1/models/" + model.id() + "/versions", "Authorization", bearer(token)).json();
    }

    private int modelsOfTeam() {
        return db.fetchCount(MODEL, MODEL.TEAM_ID.eq(team.id()));
    }
}
