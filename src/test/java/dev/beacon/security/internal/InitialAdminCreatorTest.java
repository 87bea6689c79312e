package dev.beacon.security.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.AuditLog;
import dev.beacon.security.PasswordPolicy;
import dev.beacon.security.SignedInUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.beacon.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class InitialAdminCreatorTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Password: (\\S+)");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    JooqUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DSLContext db;

    @Test
    void the_first_start_created_the_admin_with_the_configured_password() {
        Authentication signedIn = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(((SignedInUser) signedIn.getPrincipal()).admin()).isTrue();
        assertThat(db.fetchCount(APP_USER, APP_USER.ADMIN.isTrue(), APP_USER.USERNAME.eq(TestFixtures.ADMIN))).isEqualTo(1);
    }

    @Test
    void a_first_start_without_configured_password_creates_the_admin_with_a_strong_random_password_logged_once() {
        List<ILoggingEvent> log = capturedLog();

        onAnEmptyUserTable(() -> {
            creator("").run(new DefaultApplicationArguments());

            var admin = users.findByUsername(InitialAdminCreator.USERNAME).orElseThrow();
            assertThat(admin.admin()).isTrue();
            assertThat(db.fetchCount(APP_USER)).isEqualTo(1);
            List<String> passwords = log.stream().map(ILoggingEvent::getFormattedMessage)
                    .map(PRINTED_PASSWORD::matcher).filter(Matcher::find).map(found -> found.group(1)).toList();
            assertThat(passwords).as("printed exactly once").hasSize(1);
            String password = passwords.getFirst();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(PasswordPolicy.problemWith(password, InitialAdminCreator.USERNAME)).isEmpty();
            assertThat(passwordEncoder.matches(password, users.passwordHash(admin.id()).orElseThrow())).isTrue();
        });
        assertThat(log).extracting(ILoggingEvent::getLevel).containsOnly(Level.WARN);
    }

    @Test
    void every_first_start_generates_another_password() {
        List<ILoggingEvent> log = capturedLog();

        onAnEmptyUserTable(() -> creator("").run(new DefaultApplicationArguments()));
        onAnEmptyUserTable(() -> creator(" ").run(new DefaultApplicationArguments()));

        assertThat(log.stream().map(ILoggingEvent::getFormattedMessage).map(PRINTED_PASSWORD::matcher)
                .filter(Matcher::find).map(found -> found.group(1)).distinct()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short-1A", "alllowercaseletters", "my-Admin-Secret-1", "Password123", "Üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü"})
    void a_first_start_with_a_weak_or_too_long_configured_password_refuses_to_start_and_creates_nobody(String weak) {
        onAnEmptyUserTable(() -> {
            assertThatThrownBy(() -> creator(weak).run(new DefaultApplicationArguments()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("BEACON_ADMIN_PASSWORD is not accepted: ")
                    .hasMessageContaining(PasswordPolicy.problemWith(weak, InitialAdminCreator.USERNAME).orElseThrow())
                    .hasMessageNotContaining(weak);
            assertThat(db.fetchCount(APP_USER)).isZero();
        });
    }

    @Test
    void a_later_start_with_another_configured_password_changes_no_password() {
        var admin = users.findByUsername(TestFixtures.ADMIN).orElseThrow();
        String hashBefore = users.passwordHash(admin.id()).orElseThrow();
        int usersBefore = db.fetchCount(APP_USER);

        creator("Another-Start-Secret-2").run(new DefaultApplicationArguments());

        String hashAfter = users.passwordHash(admin.id()).orElseThrow();
        assertThat(hashAfter).isEqualTo(hashBefore);
        assertThat(passwordEncoder.matches("Another-Start-Secret-2", hashAfter)).isFalse();
        assertThat(db.fetchCount(APP_USER)).isEqualTo(usersBefore);
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD)).isAuthenticated()).isTrue();
    }

    private InitialAdminCreator creator(String configuredPassword) {
        return new InitialAdminCreator(users, passwordEncoder, auditLog, transactions, configuredPassword);
    }

    /**
     * Runs the check in a transaction in which no user exists, as on a very first start, and rolls it
     * back, so the shared test database keeps its users. TRUNCATE is transactional in PostgreSQL.
     */
    private void onAnEmptyUserTable(Runnable check) {
        transactions.executeWithoutResult(status -> {
            db.execute("truncate table app_user cascade");
            try {
                check.run();
            } finally {
                status.setRollbackOnly();
            }
        });
        assertThat(db.fetchCount(APP_USER, APP_USER.USERNAME.eq(TestFixtures.ADMIN))).as("rolled back").isEqualTo(1);
    }

    /** What InitialAdminCreator logs from now until the end of the test. */
    private List<ILoggingEvent> capturedLog() {
        appender.start();
        logger().addAppender(appender);
        return appender.list;
    }

    @AfterEach
    void stopCapturingTheLog() {
        logger().detachAppender(appender);
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(InitialAdminCreator.class);
    }
}
