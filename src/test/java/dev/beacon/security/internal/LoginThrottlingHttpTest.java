package dev.beacon.security.internal;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form login as a browser uses it: five wrong passwords lock the username for a while; sign-ins,
 * failures and lockouts are audited with the client address, which the client cannot choose.
 */
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
    @Autowired
    AuditService audit;
    @Autowired
    UserAdminService userAdmin;

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

    @Test
    void a_forged_x_forwarded_for_header_does_not_change_the_address_that_is_throttled_and_audited() {
        UserAccount user = fixtures.user("spoofer");

        for (String forged : List.of("203.0.113.77", "2001:db8::77", "203.0.113.78, 10.0.0.1")) {
            signIn(user.username(), "Wrong-Guess", "X-Forwarded-For", forged);
        }

        List<AuditEntry> failures = signInEntries(user.username());
        assertThat(failures).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("SIGN_IN_FAILED");
            assertThat(entry.summary()).isEqualTo("Failed sign-in as " + user.username() + " from 127.0.0.1");
        });
    }

    @Test
    void a_sign_in_is_audited_with_the_user_as_actor_and_the_client_address() {
        UserAccount user = fixtures.user("audited-sign-in");

        signIn(user.username(), TestFixtures.PASSWORD);

        assertThat(signInEntries(user.username())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SIGNED_IN");
            assertThat(entry.actorName()).isEqualTo(user.username());
            assertThat(entry.summary()).isEqualTo("Signed in from 127.0.0.1");
            assertThat(entry.team()).isNull();
        });
    }

    @Test
    void failed_sign_ins_and_the_lockout_they_cause_are_audited_for_admins() {
        UserAccount user = fixtures.user("audited-lockout");

        for (int i = 1; i <= 6; i++) {
            signIn(user.username(), "Wrong-Guess-" + i);
        }

        List<AuditEntry> entries = signInEntries(user.username());
        assertThat(entries).extracting(AuditEntry::action).as("the sixth attempt was refused unchecked and is not an entry")
                .containsExactly("LOCKED_OUT", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED");
        assertThat(entries.getFirst().actorName()).isEqualTo("system");
        assertThat(entries.getFirst().summary()).isEqualTo("Locked sign-in as " + user.username()
                + " for 15 minutes after 5 failed attempts, the last from 127.0.0.1");
        assertThat(entries.get(1).actorName()).isEqualTo("anonymous");
    }

    @Test
    void a_failed_sign_in_as_an_unknown_username_creates_no_user_and_records_the_name_shortened() {
        String unknown = TestFixtures.unique("nobody") + "-" + "x".repeat(200);

        signIn(unknown, "Wrong-Guess");

        assertThat(fixtures.asAdmin(() -> userAdmin.count(unknown.substring(0, 20)))).isZero();
        List<AuditEntry> entries = signInEntries(unknown.substring(0, 20));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SIGN_IN_FAILED");
            assertThat(entry.entityName()).hasSize(60).startsWith(unknown.substring(0, 59)).endsWith("…");
            assertThat(entry.summary()).endsWith("… from 127.0.0.1");
        });
    }

    /** Newest first, read as ADMIN. */
    private List<AuditEntry> signInEntries(String username) {
        return fixtures.asAdmin(() -> audit.find(new AuditFilter(null, username, "Sign-in"), 0, 100));
    }

    /**
     * Posts the login form like the login page does and returns where the browser is sent next.
     * Extra headers are name/value pairs.
     */
    private String signIn(String username, String password, String... headers) {
        Http.Response page = http.get("/login");
        Matcher session = SESSION.matcher(page.header("Set-Cookie").orElseThrow());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(session.find() && csrf.find()).as("the login page gives a session and a CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));

        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(http.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session.group(1))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        Http.Response response = http.send(post.build());

        assertThat(response.status()).isEqualTo(302);
        return response.header("Location").orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
