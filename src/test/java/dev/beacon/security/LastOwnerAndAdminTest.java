package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.InterleavedTransactions;
import dev.beacon.InterleavedTransactions.Outcomes;
import dev.beacon.TestFixtures;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static dev.beacon.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A team always keeps an owner who can sign in, and Beacon always keeps an enabled ADMIN, also when
 * two people take the role from each other at the same moment.
 */
@IntegrationTest
class LastOwnerAndAdminTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TeamService teams;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    InterleavedTransactions interleaved;

    @BeforeEach
    void interleaving() {
        interleaved = new InterleavedTransactions(transactionManager, db);
    }

    @Test
    void two_owners_stepping_down_at_the_same_moment_leave_the_team_one_enabled_owner() throws Exception {
        Team team = fixtures.team("duel");
        UserAccount alice = owner(team, "alice");
        UserAccount bob = owner(team, "bob");

        Outcomes outcomes = interleaved.run(
                () -> fixtures.as(alice, () -> teams.putMember(team.id(), alice.id(), TeamRole.EDITOR)),
                () -> fixtures.as(bob, () -> teams.putMember(team.id(), bob.id(), TeamRole.EDITOR)));

        assertThat(theOneRefusal(outcomes)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("role");
            assertThat(e.getMessage()).contains("A team needs at least one owner");
        });
        assertThat(owners(team)).containsExactly(bob.username());
    }

    @Test
    void two_owners_demoting_each_other_at_the_same_moment_leave_the_team_one_enabled_owner() throws Exception {
        Team team = fixtures.team("duel");
        UserAccount alice = owner(team, "alice");
        UserAccount bob = owner(team, "bob");

        Outcomes outcomes = interleaved.run(
                () -> fixtures.as(alice, () -> teams.putMember(team.id(), bob.id(), TeamRole.EDITOR)),
                () -> fixtures.as(bob, () -> teams.putMember(team.id(), alice.id(), TeamRole.EDITOR)));

        assertThat(theOneRefusal(outcomes)).as("bob is no owner any more once alice's change is in")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(owners(team)).containsExactly(alice.username());
    }

    @Test
    void two_owners_removing_each_other_at_the_same_moment_leave_the_team_one_enabled_owner() throws Exception {
        Team team = fixtures.team("duel");
        UserAccount alice = owner(team, "alice");
        UserAccount bob = owner(team, "bob");

        Outcomes outcomes = interleaved.run(
                () -> fixtures.as(alice, () -> teams.removeMember(team.id(), bob.id())),
                () -> fixtures.as(bob, () -> teams.removeMember(team.id(), alice.id())));

        assertThat(theOneRefusal(outcomes)).as("bob is no member any more once alice's change is in")
                .isInstanceOf(NotFoundException.class);
        assertThat(owners(team)).containsExactly(alice.username());
    }

    @Test
    void a_disabled_owner_does_not_count_as_another_owner() {
        Team team = fixtures.team("dormant");
        UserAccount active = owner(team, "active");
        UserAccount leaver = owner(team, "leaver");
        fixtures.asAdmin(() -> userAdmin.setEnabled(leaver.id(), false));

        for (var call : List.<Runnable>of(() -> teams.putMember(team.id(), active.id(), TeamRole.VIEWER),
                () -> teams.removeMember(team.id(), active.id()))) {
            assertThatThrownBy(() -> fixtures.as(active, call))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("role");
                        assertThat(e.getMessage()).contains("disabled owners do not count");
                    });
        }
        assertThat(owners(team)).containsExactlyInAnyOrder(active.username(), leaver.username());

        fixtures.as(active, () -> teams.removeMember(team.id(), leaver.id()));
        assertThat(owners(team)).containsExactly(active.username());
    }

    @Test
    void two_admins_disabling_each_other_at_the_same_moment_leave_beacon_one_enabled_admin() throws Exception {
        UserAccount ada = admin("ada");
        UserAccount max = admin("max");

        withNoOtherEnabledAdminThan(ada, max, () -> {
            Outcomes outcomes = interleaved.run(
                    () -> fixtures.as(ada, () -> userAdmin.setEnabled(max.id(), false)),
                    () -> fixtures.as(max, () -> userAdmin.setEnabled(ada.id(), false)));

            assertThat(theOneRefusal(outcomes)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.getMessage()).contains("Beacon needs at least one enabled ADMIN"));
            assertThat(enabledAdminsAmong(ada, max)).containsExactly(ada.username());
        });
    }

    @Test
    void two_admins_demoting_each_other_at_the_same_moment_leave_beacon_one_enabled_admin() throws Exception {
        UserAccount ada = admin("ada");
        UserAccount max = admin("max");

        withNoOtherEnabledAdminThan(ada, max, () -> {
            Outcomes outcomes = interleaved.run(
                    () -> fixtures.as(ada, () -> demote(max)),
                    () -> fixtures.as(max, () -> demote(ada)));

            assertThat(theOneRefusal(outcomes)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.getMessage()).contains("Beacon needs at least one enabled ADMIN"));
            assertThat(enabledAdminsAmong(ada, max)).containsExactly(ada.username());
        });
    }

    @Test
    void the_last_enabled_admin_stays_even_for_an_admin_whose_own_account_was_just_disabled() throws Exception {
        UserAccount ada = admin("ada");
        UserAccount max = admin("max");

        withNoOtherEnabledAdminThan(ada, max, () -> {
            fixtures.as(ada, () -> userAdmin.setEnabled(max.id(), false));

            assertThatThrownBy(() -> fixtures.as(max, () -> userAdmin.setEnabled(ada.id(), false)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("enabled"));
            assertThatThrownBy(() -> fixtures.as(max, () -> demote(ada)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("admin"));
            assertThat(enabledAdminsAmong(ada, max)).containsExactly(ada.username());
        });
    }

    private UserAccount owner(Team team, String prefix) {
        UserAccount user = fixtures.user(prefix);
        fixtures.member(team, user, TeamRole.OWNER);
        return user;
    }

    private UserAccount admin(String prefix) {
        UserAccount user = fixtures.user(prefix);
        return fixtures.asAdmin(() -> userAdmin.update(user.id(), user.version(),
                new UserProfile(user.displayName(), user.email(), null), true));
    }

    private void demote(UserAccount admin) {
        UserAccount current = userAdmin.get(admin.id());
        userAdmin.update(admin.id(), current.version(), new UserProfile(current.displayName(), current.email(), null), false);
    }

    private List<String> owners(Team team) {
        return fixtures.asAdmin(() -> teams.members(team.id())).stream()
                .filter(member -> member.role() == TeamRole.OWNER)
                .map(TeamMember::username)
                .toList();
    }

    private List<String> enabledAdminsAmong(UserAccount... users) {
        return Stream.of(users)
                .map(user -> fixtures.asAdmin(() -> userAdmin.get(user.id())))
                .filter(user -> user.admin() && user.enabled())
                .map(UserAccount::username)
                .toList();
    }

    /**
     * The last-ADMIN rule is about all of Beacon, and the shared test database has other ADMINs (the
     * initial admin, admins of other tests): they are disabled while the work runs, straight in the
     * database so that nothing else about them changes, and enabled again afterwards.
     */
    private void withNoOtherEnabledAdminThan(UserAccount first, UserAccount second, ThrowingRunnable work) throws Exception {
        List<UserId> others = new ArrayList<>(db.update(APP_USER)
                .set(APP_USER.ENABLED, false)
                .where(APP_USER.ADMIN.isTrue(), APP_USER.ENABLED.isTrue(), APP_USER.USER_ID.notIn(first.id(), second.id()))
                .returningResult(APP_USER.USER_ID)
                .fetch(APP_USER.USER_ID));
        try {
            work.run();
        } finally {
            db.update(APP_USER).set(APP_USER.ENABLED, true).where(APP_USER.USER_ID.in(others)).execute();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Throwable theOneRefusal(Outcomes outcomes) {
        List<Throwable> refusals = Stream.of(outcomes.first(), outcomes.second()).filter(Objects::nonNull).toList();
        assertThat(refusals).as("exactly one of the two changes is refused").hasSize(1);
        return refusals.getFirst();
    }
}
