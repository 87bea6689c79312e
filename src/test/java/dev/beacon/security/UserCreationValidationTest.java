package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.Violations;
import dev.beacon.shared.InvalidInputException;
import jakarta.validation.ConstraintViolationException;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static dev.beacon.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class UserCreationValidationTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAdminService users;
    @Autowired
    DSLContext db;

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "username    | ''",
            "username    | Upper.Case",
            "username    | with space",
            "username    | x",
            "username    | -starts-with-dash",
            "username    | ümlaut",
            "email       | not-an-email",
            "email       | ''",
            "displayName | '   '",
    })
    void an_invalid_field_is_named_and_no_user_is_created(String field, String value) {
        NewUser valid = newUser(TestFixtures.unique("valid").toLowerCase());
        NewUser invalid = RecordCopy.with(valid, field, value);
        int before = db.fetchCount(APP_USER);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> users.create(invalid)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));
        assertThat(db.fetchCount(APP_USER)).isEqualTo(before);
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "Sh0rt!        | Use at least 10 characters",
            "alllowercaseletters | Mix at least two of",
            "99999999999999 | Mix at least two of",
            "USERNAME-Is-In-It-1 | must not contain the username",
            "Password123   | too common",
    })
    void a_weak_password_is_refused_on_the_password_field(String password, String problem) {
        String username = "username" + TestFixtures.unique("").toLowerCase();
        int before = db.fetchCount(APP_USER);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> users.create(withPassword(newUser(username), password.replace("USERNAME", username)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains(problem);
                });
        assertThat(db.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    void a_taken_username_is_refused_on_the_username_field() {
        UserAccount existing = fixtures.user("taken");

        assertThatThrownBy(() -> fixtures.asAdmin(() -> users.create(newUser(existing.username()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void a_valid_user_is_created_and_can_be_found() {
        String username = TestFixtures.unique("fresh").toLowerCase();

        UserAccount created = fixtures.asAdmin(() -> users.create(newUser(username)));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.enabled()).isTrue();
        assertThat(created.admin()).isFalse();
        assertThat(fixtures.asAdmin(() -> users.find(username, 0, 10))).extracting(UserAccount::id).containsExactly(created.id());
    }

    @Test
    void only_admins_create_users() {
        UserAccount owner = fixtures.memberOfNewTeam("owner", TeamRole.OWNER);

        assertThatThrownBy(() -> fixtures.as(owner, () -> users.create(newUser(TestFixtures.unique("sneaky").toLowerCase()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static NewUser newUser(String username) {
        return new NewUser(username, "Display Name", username + "@example.org", TestFixtures.PASSWORD, false);
    }

    private static NewUser withPassword(NewUser user, String password) {
        return RecordCopy.with(user, "password", password);
    }
}
