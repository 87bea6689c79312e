package dev.beacon.security.internal;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The form login as a browser uses it: five wrong passwords lock the username for a while. */
@IntegrationTest
class LoginThrottlingHttpTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void the_right_password_signs_in() {
        UserAccount user = fixtures.user("signs-in");

        assertThat(signIn(user.username(), TestFixtures.PASSWORD)).isEqualTo(http.url("/"));
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_until_the_lock_ends() {
        UserAccount target = fixtures.user("target");
        UserAccount bystander = fixtures.user("bystander");

        for (int i = 1; i <= 5; i++) {
            assertThat(signIn(target.username(), "Wrong-Guess-" + i)).as("attempt %d", i).isEqualTo(http.url("/login?error"));
        }

        assertThat(signIn(target.username(), TestFixtures.PASSWORD)).isEqualTo(http.url("/login?error"));
        assertThat(signIn(target.username().toUpperCase(), TestFixtures.PASSWORD)).isEqualTo(http.url("/login?error"));
        assertThat(signIn(bystander.username(), TestFixtures.PASSWORD)).isEqualTo(http.url("/"));

        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn(target.username(), TestFixtures.PASSWORD)).isEqualTo(http.url("/"));
    }

    @Test
    void a_successful_sign_in_clears_earlier_failures_of_the_username() {
        UserAccount user = fixtures.user("forgetful");
        for (int i = 1; i <= 4; i++) {
            signIn(user.username(), "Wrong-Guess-" + i);
        }
        assertThat(signIn(user.username(), TestFixtures.PASSWORD)).isEqualTo(http.url("/"));

        for (int i = 1; i <= 4; i++) {
            signIn(user.username(), "Wrong-Again-" + i);
        }

        assertThat(signIn(user.username(), TestFixtures.PASSWORD)).isEqualTo(http.url("/"));
    }

    /** Posts the login form like the login page does and returns where the browser is sent next. */
    private String signIn(String username, String password) {
        Http.Response page = http.get("/login");
        Matcher session = SESSION.matcher(page.header("Set-Cookie").orElseThrow());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(session.find() && csrf.find()).as("the login page gives a session and a CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));

        Http.Response response = http.send(HttpRequest.newBuilder(URI.create(http.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session.group(1))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());

        assertThat(response.status()).isEqualTo(302);
        return response.header("Location").orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
