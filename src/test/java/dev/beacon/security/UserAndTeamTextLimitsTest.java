package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.Violations;
import dev.beacon.shared.InvalidInputException;
import jakarta.validation.ConstraintViolationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static dev.beacon.jooq.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Free text of users and teams has an upper limit: one character more is refused on its field and
 * nothing is written; the longest allowed value is stored (so the database allows at least as much).
 */
@IntegrationTest
class UserAndTeamTextLimitsTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    TeamService teams;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DSLContext db;

    @ParameterizedTest
    @ValueSource(strings = {"displayName", "email"})
    void a_new_user_with_one_character_too_many_is_refused_on_that_field_and_not_created(String field) {
        String username = TestFixtures.unique("long").toLowerCase();
        NewUser valid = new NewUser(username, "Display Name", username + "@example.org", TestFixtures.PASSWORD, false);
        NewUser tooLong = RecordCopy.with(valid, field, field.equals("email") ? email(255) : "d".repeat(101));
        int usersBefore = db.fetchCount(APP_USER);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.create(tooLong)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(Violations.properties(e)).containsExactly(field);
                    assertThat(e.getConstraintViolations().iterator().next().getMessage())
                            .isEqualTo("Use at most " + (field.equals("email") ? 254 : 100) + " characters");
                });
        assertThat(db.fetchCount(APP_USER)).isEqualTo(usersBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"displayName", "email"})
    void a_profile_with_one_character_too_many_is_refused_on_that_field_for_admins_and_for_the_user(String field) {
        UserAccount user = fixtures.user("profile");
        UserProfile valid = new UserProfile(user.displayName(), user.email(), null);
        UserProfile tooLong = RecordCopy.with(valid, field, field.equals("email") ? email(255) : "d".repeat(101));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.update(user.id(), user.version(), tooLong, false)))
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));
        assertThatThrownBy(() -> fixtures.as(user, () -> accounts.updateProfile(user.version(), tooLong)))
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));
        assertThat(fixtures.asAdmin(() -> userAdmin.get(user.id()))).isEqualTo(user);
    }

    @Test
    void the_longest_display_name_and_email_are_stored() {
        UserAccount user = fixtures.user("longest");

        UserAccount saved = fixtures.asAdmin(() -> userAdmin.update(user.id(), user.version(),
                new UserProfile("d".repeat(100), email(254), "Europe/Berlin"), false));

        assertThat(saved.displayName()).hasSize(100);
        assertThat(saved.email()).hasSize(254);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "description"})
    void a_team_with_one_character_too_many_is_refused_on_that_field_and_nothing_changes(String field) {
        TeamData tooLong = RecordCopy.with(new TeamData(TestFixtures.unique("team"), "fine"), field,
                field.equals("name") ? "n".repeat(81) : "d".repeat(501));
        Team existing = fixtures.team("kept");
        int teamsBefore = db.fetchCount(TEAM);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> teams.create(tooLong)))
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> teams.update(existing.id(), existing.version(), tooLong)))
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));
        assertThat(db.fetchCount(TEAM)).isEqualTo(teamsBefore);
        assertThat(fixtures.asAdmin(() -> teams.get(existing.id()))).isEqualTo(existing);
    }

    @Test
    void the_longest_team_name_and_description_are_stored() {
        String name = TestFixtures.unique("t") + "n".repeat(80 - 10);

        Team team = fixtures.asAdmin(() -> teams.create(new TeamData(name, "d".repeat(500))));

        assertThat(team.name()).hasSize(80);
        assertThat(team.description()).hasSize(500);
    }

    @Test
    void creating_a_user_with_a_password_of_more_than_72_bytes_is_refused_on_the_password_field() {
        String username = TestFixtures.unique("bytes").toLowerCase();
        int usersBefore = db.fetchCount(APP_USER);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.create(
                new NewUser(username, "Long Password", username + "@example.org", TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES, false))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).startsWith("Use at most 72 bytes");
                });
        assertThat(db.fetchCount(APP_USER)).isEqualTo(usersBefore);
    }

    @Test
    void resetting_to_a_password_of_more_than_72_bytes_is_refused_on_the_password_field() {
        UserAccount user = fixtures.user("reset-bytes");
        String hashBefore = passwordHash(user);
        int auditBefore = auditEntriesAbout(user);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.resetPassword(user.id(), TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).startsWith("Use at most 72 bytes");
                });
        assertThat(passwordHash(user)).isEqualTo(hashBefore);
        assertThat(auditEntriesAbout(user)).isEqualTo(auditBefore);
    }

    @Test
    void changing_to_a_password_of_more_than_72_bytes_is_refused_on_the_new_password_field() {
        UserAccount user = fixtures.user("change-bytes");
        String hashBefore = passwordHash(user);

        assertThatThrownBy(() -> fixtures.as(user, () -> accounts.changePassword(TestFixtures.PASSWORD, TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("newPassword");
                    assertThat(e.getMessage()).startsWith("Use at most 72 bytes");
                });
        assertThat(passwordHash(user)).isEqualTo(hashBefore);
        assertThat(passwordEncoder.matches(TestFixtures.PASSWORD, passwordHash(user))).isTrue();
    }

    @Test
    void a_wrong_current_password_of_more_than_72_bytes_is_simply_not_correct() {
        UserAccount user = fixtures.user("current-bytes");

        assertThatThrownBy(() -> fixtures.as(user, () -> accounts.changePassword(TestFixtures.UMLAUT_PASSWORD_OF_80_BYTES, "Another-Good-Pass-5")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
    }

    /** A valid address of exactly this many characters. */
    static String email(int length) {
        String domain = "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(62) + ".org";
        return "x".repeat(length - 1 - domain.length()) + "@" + domain;
    }

    private String passwordHash(UserAccount user) {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USER_ID.eq(user.id())).fetchSingle().value1();
    }

    private int auditEntriesAbout(UserAccount user) {
        return db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_ID.eq(user.id().toString()));
    }
}
