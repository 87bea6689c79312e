package dev.beacon.security.internal;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.AuditLog;
import dev.beacon.security.SignedInUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.beacon.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InitialAdminCreatorTest {

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
    void a_later_start_with_another_configured_password_changes_no_password() {
        var admin = users.findByUsername(TestFixtures.ADMIN).orElseThrow();
        String hashBefore = users.passwordHash(admin.id()).orElseThrow();
        int usersBefore = db.fetchCount(APP_USER);

        new InitialAdminCreator(users, passwordEncoder, auditLog, transactions, "Another-Start-Secret-2")
                .run(new DefaultApplicationArguments());

        String hashAfter = users.passwordHash(admin.id()).orElseThrow();
        assertThat(hashAfter).isEqualTo(hashBefore);
        assertThat(passwordEncoder.matches("Another-Start-Secret-2", hashAfter)).isFalse();
        assertThat(db.fetchCount(APP_USER)).isEqualTo(usersBefore);
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD)).isAuthenticated()).isTrue();
    }
}
