package dev.beacon.security;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADMINs signed in to the UI may open Beacon's metrics with their session cookie. A session that
 * Beacon ended (the ADMIN was disabled, demoted or got a new password) must not open them any more.
 */
@IntegrationTest
class ActuatorSessionTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAdminService userAdmin;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    enum SessionEnd {
        DISABLED((users, admin) -> users.setEnabled(admin.id(), false)),
        DEMOTED((users, admin) -> {
            UserAccount current = users.get(admin.id());
            users.update(admin.id(), current.version(), new UserProfile(current.displayName(), current.email(), null), false);
        }),
        PASSWORD_RESET((users, admin) -> users.resetPassword(admin.id(), "Reset-By-Admin-88"));

        private final BiConsumer<UserAdminService, UserAccount> action;

        SessionEnd(BiConsumer<UserAdminService, UserAccount> action) {
            this.action = action;
        }
    }

    @ParameterizedTest
    @EnumSource(SessionEnd.class)
    void an_ended_admin_session_no_longer_opens_the_metrics(SessionEnd end) {
        UserAccount admin = fixtures.user("metrics-admin");
        fixtures.asAdmin(() -> userAdmin.update(admin.id(), admin.version(),
                new UserProfile(admin.displayName(), admin.email(), null), true));
        String session = http.signIn(admin.username(), TestFixtures.PASSWORD);
        Http.Response before = http.get("/actuator/prometheus", "Cookie", session);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("# TYPE jvm_memory_used_bytes");

        fixtures.asAdmin(() -> end.action.accept(userAdmin, admin));

        Http.Response after = http.get("/actuator/prometheus", "Cookie", session);
        assertThat(after.status()).isIn(401, 403);
        assertThat(after.body()).doesNotContain("jvm_");
        assertThat(http.get("/actuator/prometheus", "Cookie", session).status()).as("and at every later request")
                .isIn(401, 403);
        assertThat(http.get("/models", "Cookie", session).header("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }
}
