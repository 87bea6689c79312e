package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An ADMIN lifts the sign-in lock of a user whom someone keeps locking out. */
@IntegrationTest
class SignInUnlockTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AuditService audit;
    @Autowired
    AuthenticationManager signIn;

    @Test
    void admin_sees_the_lock_and_unlocking_lets_the_user_sign_in_again() {
        UserAccount user = fixtures.user("unlocked");
        fixtures.lockOut(user);
        assertThatThrownBy(() -> signIn(user, TestFixtures.PASSWORD)).hasMessageContaining("Too many failed sign-in attempts");

        assertThat(fixtures.asAdmin(() -> userAdmin.signInLockRemaining(user)))
                .hasValueSatisfying(remaining -> assertThat(remaining).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        fixtures.asAdmin(() -> userAdmin.unlockSignIn(user.id()));

        assertThat(fixtures.asAdmin(() -> userAdmin.signInLockRemaining(user))).isEmpty();
        assertThat(signIn(user, TestFixtures.PASSWORD).getName()).isEqualTo(user.username());
    }

    @Test
    void the_unlock_is_audited_with_the_admin_as_actor_and_only_admins_read_it() {
        UserAccount user = fixtures.user("unlock-audited");
        fixtures.lockOut(user);

        fixtures.asAdmin(() -> userAdmin.unlockSignIn(user.id()));
        fixtures.asAdmin(() -> userAdmin.unlockSignIn(user.id()));

        List<AuditEntry> entries = fixtures.asAdmin(() -> audit.find(new AuditFilter(null, user.username(), "Sign-in"), 0, 100));
        assertThat(entries).extracting(AuditEntry::action).as("the second unlock found nothing locked")
                .containsExactly("UNLOCKED", "LOCKED_OUT", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED", "SIGN_IN_FAILED");
        assertThat(entries.getFirst().actorName()).isEqualTo(TestFixtures.ADMIN);
        assertThat(entries.getFirst().summary()).isEqualTo("Unlocked sign-in as " + user.username());
        assertThat(entries).extracting(AuditEntry::team).containsOnlyNulls();

        UserAccount owner = fixtures.memberOfNewTeam("owner", TeamRole.OWNER);
        assertThat(fixtures.as(owner, () -> audit.count(new AuditFilter(null, user.username(), null)))).isZero();
    }

    @Test
    void users_who_are_not_admins_can_neither_see_nor_lift_a_lock() {
        UserAccount user = fixtures.user("stays-locked");
        UserAccount owner = fixtures.memberOfNewTeam("owner", TeamRole.OWNER);
        fixtures.lockOut(user);

        assertThatThrownBy(() -> fixtures.as(owner, () -> userAdmin.unlockSignIn(user.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(user, () -> userAdmin.unlockSignIn(user.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(owner, () -> userAdmin.signInLockRemaining(user))).isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.asAdmin(() -> userAdmin.signInLockRemaining(user))).isPresent();
        assertThatThrownBy(() -> signIn(user, TestFixtures.PASSWORD)).hasMessageContaining("Too many failed sign-in attempts");
    }

    private Authentication signIn(UserAccount user, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(user.username(), password);
        attempt.setDetails(new WebAuthenticationDetails("198.51.100.20", null));
        return signIn.authenticate(attempt);
    }
}
