package dev.beacon.shared.web;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.beacon.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnknownApiPathTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    @Test
    void unknown_api_path_answers_404_problem_json_and_opens_no_session() {
        String token = fixtures.apiToken(fixtures.memberOfNewTeam("api", TeamRole.VIEWER));

        Http.Response response = new Http(port).get("/api/v1/no-such-thing", "Authorization", bearer(token));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<html");
        assertThat(response.header("Set-Cookie")).isEmpty();
    }
}
