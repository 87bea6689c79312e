package dev.beacon.security.internal;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beacon's pages tell the browser to run only Beacon's own code, never to be framed, and to send forms
 * only to Beacon. ContentSecurityPolicyJourneyTest shows that Vaadin works under this policy.
 */
@IntegrationTest
class ContentSecurityPolicyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void the_login_page_allows_only_beacons_own_resources_and_what_vaadin_needs() {
        Http.Response login = http.get("/login");

        assertThat(login.status()).isEqualTo(200);
        Map<String, List<String>> policy = policyOf(login);
        assertThat(policy).containsEntry("default-src", List.of("'self'"))
                .containsEntry("script-src", List.of("'self'", "'unsafe-inline'", "'unsafe-eval'"))
                .containsEntry("style-src", List.of("'self'", "'unsafe-inline'"))
                .containsEntry("object-src", List.of("'none'"))
                .containsEntry("base-uri", List.of("'self'"))
                .containsEntry("form-action", List.of("'self'"))
                .containsEntry("frame-ancestors", List.of("'none'"));
        assertThat(policy.values()).flatMap(sources -> sources)
                .as("no other origin, scheme or wildcard").allMatch(source -> source.startsWith("'") || source.equals("data:"));
    }

    @Test
    void a_signed_in_users_pages_carry_the_same_policy() {
        UserAccount user = fixtures.user("csp");
        String session = http.signIn(user.username(), TestFixtures.PASSWORD);

        Http.Response models = http.get("/", "Cookie", session);
        Http.Response account = http.get("/account", "Cookie", session);

        assertThat(models.status()).as("signed in, not sent to the login page").isEqualTo(200);
        assertThat(account.status()).isEqualTo(200);
        assertThat(policyOf(models)).isEqualTo(policyOf(http.get("/login"))).isEqualTo(policyOf(account));
    }

    @Test
    void the_api_browser_carries_the_policy_and_stays_public() {
        Http.Response swaggerUi = http.get("/api/swagger-ui/index.html");

        assertThat(swaggerUi.status()).isEqualTo(200);
        assertThat(policyOf(swaggerUi)).containsEntry("frame-ancestors", List.of("'none'"));
    }

    /** The Content-Security-Policy header as directive → sources. */
    private static Map<String, List<String>> policyOf(Http.Response response) {
        assertThat(response.headerValues("Content-Security-Policy")).as("one policy header").hasSize(1);
        return Arrays.stream(response.header("Content-Security-Policy").orElseThrow().split(";"))
                .map(String::strip)
                .filter(directive -> !directive.isEmpty())
                .map(directive -> directive.split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> List.of(parts).subList(1, parts.length)));
    }
}
