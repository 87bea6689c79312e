package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static dev.beacon.jooq.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Managing users and deleting teams is for ADMINs only, whatever else the caller may do. */
@IntegrationTest
class AdminOnlyTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    TeamService teams;
    @Autowired
    DSLContext db;

    @Test
    void every_user_administration_method_refuses_a_team_owner_and_a_user_without_team_and_changes_nothing() {
        UserAccount target = fixtures.user("target");
        String hashBefore = passwordHash(target.id());
        int usersBefore = db.fetchCount(APP_USER);
        List<Method> methods = publicMethodsOf(UserAdminService.class);
        assertThat(methods).extracting(Method::getName)
                .contains("find", "count", "get", "create", "update", "setEnabled", "resetPassword");

        for (UserAccount caller : List.of(fixtures.memberOfNewTeam("owner", TeamRole.OWNER), fixtures.user("nobody"))) {
            for (Method method : methods) {
                Throwable thrown = catchThrowable(() -> fixtures.as(caller, () -> invoke(method, argumentsFor(method, target))));
                assertThat(thrown).as("%s by %s", method.getName(), caller.username()).isInstanceOf(AccessDeniedException.class);
            }
        }

        assertThat(fixtures.asAdmin(() -> userAdmin.get(target.id()))).isEqualTo(target);
        assertThat(passwordHash(target.id())).isEqualTo(hashBefore);
        assertThat(db.fetchCount(APP_USER)).as("only the two callers were created").isEqualTo(usersBefore + 2);
        assertThat(auditEntriesAbout(target.id().toString())).as("only its creation").isEqualTo(1);
    }

    @Test
    void a_team_owner_cannot_delete_their_team_only_an_admin_can() {
        Team team = fixtures.team("kept");
        UserAccount owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);

        assertThatThrownBy(() -> fixtures.as(owner, () -> teams.delete(team.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchExists(TEAM, TEAM.TEAM_ID.eq(team.id()))).isTrue();
        assertThat(auditEntriesAbout(team.id().toString())).as("only its creation").isEqualTo(1);

        fixtures.asAdmin(() -> teams.delete(team.id()));
        assertThat(db.fetchExists(TEAM, TEAM.TEAM_ID.eq(team.id()))).isFalse();
    }

    /** Every public instance method, including ones added later: each must stay ADMIN-only. */
    private static List<Method> publicMethodsOf(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .toList();
    }

    /** Arguments that would change the target if the call went through. */
    private static Object[] argumentsFor(Method method, UserAccount target) {
        return Arrays.stream(method.getParameterTypes()).map(type -> {
            if (type == UserId.class) {
                return target.id();
            } else if (type == NewUser.class) {
                String username = TestFixtures.unique("sneaky").toLowerCase();
                return new NewUser(username, "Sneaky", username + "@example.org", TestFixtures.PASSWORD, true);
            } else if (type == UserProfile.class) {
                return new UserProfile("Changed By Someone", "changed@example.org", null);
            } else if (type == String.class) {
                return "Taken-Over-Secret-9";
            } else if (type == int.class) {
                return target.version();
            } else if (type == boolean.class) {
                return false;
            }
            return null;
        }).toArray();
    }

    private Object invoke(Method method, Object[] arguments) {
        try {
            return method.invoke(userAdmin, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private String passwordHash(UserId user) {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USER_ID.eq(user)).fetchSingle().value1();
    }

    private int auditEntriesAbout(String entityId) {
        return db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_ID.eq(entityId));
    }
}
