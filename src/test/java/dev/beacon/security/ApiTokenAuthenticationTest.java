package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens against the real filter chain, over HTTP. */
@IntegrationTest
class ApiTokenAuthenticationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    AccountService accounts;

    @Test
    void valid_token_gets_past_the_api_login_and_a_revoked_one_does_not() throws Exception {
        UserAccount user = fixtures.user("api");
        IssuedApiToken issued = fixtures.as(user, () -> accounts.createToken("test", Duration.ofDays(1), TestFixtures.PASSWORD));

        assertThat(statusOfApiCall(null)).isEqualTo(401);
        assertThat(statusOfApiCall("bcn_not-a-real-token")).isEqualTo(401);
        assertThat(statusOfApiCall(issued.secret())).isNotEqualTo(401);
        assertThat(fixtures.as(user, accounts::myTokens).getFirst().lastUsedAt()).isNotNull();

        fixtures.as(user, () -> accounts.revokeToken(issued.token().id()));
        assertThat(statusOfApiCall(issued.secret())).isEqualTo(401);
    }

    private int statusOfApiCall(String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/models"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
