package dev.beacon.security;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What someone without a session or without a working API token gets: nothing but a way to sign in. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymousAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    MutableClock clock;

    Http http;
    Team team;
    Model model;
    String revokedToken;
    String expiredToken;
    String tokenOfDisabledUser;

    @BeforeAll
    void aModelAndTokensThatNoLongerWork() {
        http = new Http(port);
        team = fixtures.team("anonymous");
        model = fixtures.model(team, "secret-model");
        UserAccount owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);

        IssuedApiToken revoked = fixtures.as(owner, () -> accounts.createToken("revoked", Duration.ofDays(1), TestFixtures.PASSWORD));
        fixtures.as(owner, () -> accounts.revokeToken(revoked.token().id()));
        revokedToken = revoked.secret();

        expiredToken = fixtures.as(owner, () -> accounts.createToken("short-lived", Duration.ofMinutes(5), TestFixtures.PASSWORD)).secret();
        clock.advance(Duration.ofMinutes(6));

        UserAccount leaver = fixtures.user("disabled");
        fixtures.member(team, leaver, TeamRole.OWNER);
        tokenOfDisabledUser = fixtures.apiToken(leaver);
        fixtures.asAdmin(() -> userAdmin.setEnabled(leaver.id(), false));
    }

    List<String> uiRoutes() {
        return List.of("/", "/models", "/models/" + model.id(), "/models/" + UUID.randomUUID(), "/models/new",
                "/teams", "/admin/users", "/audit", "/account", "/account/tokens");
    }

    @ParameterizedTest
    @MethodSource("uiRoutes")
    void every_page_sends_anonymous_visitors_to_the_login_page_and_shows_nothing(String path) {
        Http.Response response = http.get(path);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).hasValue(http.url("/login"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void the_login_page_itself_is_open() {
        Http.Response response = http.get("/login");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).doesNotContain(model.data().name(), team.name());
    }

    Stream<Arguments> apiCallsWithoutAWorkingToken() {
        List<String[]> calls = List.of(
                new String[]{"GET", "/api/v1/models"},
                new String[]{"GET", "/api/v1/models/" + model.id()},
                new String[]{"GET", "/api/v1/models/" + model.id() + "/versions"},
                new String[]{"PUT", "/api/v1/models/" + model.id()},
                new String[]{"DELETE", "/api/v1/models/" + model.id() + "?version=0"},
                new String[]{"POST", "/api/v1/models"},
                new String[]{"GET", "/api/v1/teams"});
        List<String[]> credentials = new ArrayList<>();
        credentials.add(new String[]{"no token", null});
        credentials.add(new String[]{"unknown token", bearer("bcn_" + "x".repeat(32))});
        credentials.add(new String[]{"not a Beacon token", bearer("eyJhbGciOiJIUzI1NiJ9.e30.abc")});
        credentials.add(new String[]{"revoked token", bearer(revokedToken)});
        credentials.add(new String[]{"expired token", bearer(expiredToken)});
        credentials.add(new String[]{"disabled user's token", bearer(tokenOfDisabledUser)});
        credentials.add(new String[]{"password as basic auth", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((TestFixtures.ADMIN + ":" + TestFixtures.ADMIN_PASSWORD).getBytes())});
        return calls.stream().flatMap(call -> credentials.stream()
                .map(credential -> arguments(call[0] + " " + call[1].replace(model.id().toString(), "{id}"), call[0], call[1],
                        credential[0], credential[1])));
    }

    @ParameterizedTest(name = "{0} with {3}")
    @MethodSource("apiCallsWithoutAWorkingToken")
    void the_api_answers_401_with_a_bearer_challenge(String name, String method, String path, String what, String authorization) {
        String body = method.equals("POST") || method.equals("PUT")
                ? json(java.util.Map.of("teamId", team.id().value(), "name", "sneaked-in", "version", 0)) : null;

        Http.Response response = authorization == null
                ? http.send(method, path, body)
                : http.send(method, path, body, "Authorization", authorization);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(model.data().name(), team.name());
        assertThat(response.headerValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/docs/openapi.json"})
    void the_api_description_is_public(String path) {
        Http.Response response = http.get(path);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/models").doesNotContain(model.data().name());
    }
}
