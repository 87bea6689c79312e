package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class UserOptimisticLockingTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;

    @Test
    void an_admin_editing_a_user_another_admin_just_changed_gets_a_conflict() {
        UserAccount user = fixtures.user("edited");
        UserAccount readByFirst = fixtures.asAdmin(() -> userAdmin.get(user.id()));
        UserAccount readBySecond = fixtures.asAdmin(() -> userAdmin.get(user.id()));

        fixtures.asAdmin(() -> userAdmin.update(user.id(), readByFirst.version(),
                new UserProfile("First Admin's Name", "first@example.org", "Europe/Berlin"), false));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.update(user.id(), readBySecond.version(),
                new UserProfile("Second Admin's Name", "second@example.org", null), true)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed by someone else");

        UserAccount stored = fixtures.asAdmin(() -> userAdmin.get(user.id()));
        assertThat(stored.displayName()).isEqualTo("First Admin's Name");
        assertThat(stored.email()).isEqualTo("first@example.org");
        assertThat(stored.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(stored.admin()).isFalse();
    }

    @Test
    void a_user_editing_their_profile_in_two_tabs_gets_a_conflict_in_the_second() {
        UserAccount user = fixtures.user("two-tabs");
        UserAccount firstTab = fixtures.as(user, () -> accounts.myAccount());
        UserAccount secondTab = fixtures.as(user, () -> accounts.myAccount());

        fixtures.as(user, () -> accounts.updateProfile(firstTab.version(), new UserProfile("From Tab One", firstTab.email(), null)));

        assertThatThrownBy(() -> fixtures.as(user, () ->
                accounts.updateProfile(secondTab.version(), new UserProfile("From Tab Two", secondTab.email(), null))))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(fixtures.as(user, () -> accounts.myAccount()).displayName()).isEqualTo("From Tab One");
    }

    @Test
    void a_profile_read_before_an_admin_edited_the_user_is_stale() {
        UserAccount user = fixtures.user("meanwhile");
        UserAccount read = fixtures.as(user, () -> accounts.myAccount());

        fixtures.asAdmin(() -> userAdmin.update(user.id(), read.version(), new UserProfile("Set By Admin", read.email(), null), false));

        assertThatThrownBy(() -> fixtures.as(user, () ->
                accounts.updateProfile(read.version(), new UserProfile("Set By User", read.email(), null))))
                .isInstanceOf(StaleDataException.class);
        assertThat(fixtures.asAdmin(() -> userAdmin.get(user.id())).displayName()).isEqualTo("Set By Admin");
    }
}
