package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.StaleDataException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log records changes that happened, never attempts that failed: a lost optimistic-lock race
 * or a duplicate name leaves no entry (nor anything else) behind.
 */
@IntegrationTest
class FailedWriteAuditTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelService models;
    @Autowired
    TeamService teams;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext db;

    Team team;
    UserAccount owner;

    @BeforeEach
    void aTeamWithAnOwner() {
        team = fixtures.team("audited");
        owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
    }

    @Test
    void a_stale_model_update_or_delete_leaves_no_audit_entry() {
        Model model = fixtures.model(team, "stale");
        fixtures.as(owner, () -> models.update(model.id(), model.version(), RecordCopy.with(model.data(), "description", "first"), null));
        int before = auditEntries();

        assertThatThrownBy(() -> fixtures.as(owner, () -> models.update(model.id(), model.version(),
                model.data().withVersionLabel("v2"), "Upgrade"))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> fixtures.as(owner, () -> models.delete(model.id(), model.version())))
                .isInstanceOf(StaleDataException.class);

        assertThat(auditEntries()).isEqualTo(before);
    }

    @Test
    void a_duplicate_model_name_on_register_or_rename_leaves_no_audit_entry() {
        Model first = fixtures.model(team, "first");
        Model second = fixtures.model(team, "second");
        int before = auditEntries();

        assertThatThrownBy(() -> fixtures.as(owner, () -> models.register(team.id(),
                RecordCopy.with(second.data(), "name", first.data().name().toUpperCase()))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.as(owner, () -> models.update(second.id(), second.version(),
                RecordCopy.with(second.data(), "name", first.data().name()), null)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(auditEntries()).isEqualTo(before);
    }

    @Test
    void a_stale_team_update_or_a_duplicate_team_name_leaves_no_audit_entry() {
        Team other = fixtures.team("other");
        fixtures.as(owner, () -> teams.update(team.id(), team.version(), new TeamData(TestFixtures.unique("renamed"), "first")));
        int before = auditEntries();

        assertThatThrownBy(() -> fixtures.as(owner, () -> teams.update(team.id(), team.version(),
                new TeamData(TestFixtures.unique("late"), "late")))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> teams.create(new TeamData(other.name().toUpperCase(), ""))))
                .isInstanceOf(InvalidInputException.class);
        Team current = fixtures.as(owner, () -> teams.get(team.id()));
        assertThatThrownBy(() -> fixtures.as(owner, () -> teams.update(current.id(), current.version(),
                new TeamData(other.name(), "")))).isInstanceOf(InvalidInputException.class);

        assertThat(auditEntries()).isEqualTo(before);
    }

    @Test
    void a_stale_user_or_profile_update_or_a_taken_username_leaves_no_audit_entry() {
        UserAccount user = fixtures.user("edited");
        fixtures.asAdmin(() -> userAdmin.update(user.id(), user.version(), new UserProfile("First", user.email(), null), false));
        int before = auditEntries();

        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.update(user.id(), user.version(),
                new UserProfile("Second", user.email(), null), true))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> fixtures.as(user, () -> accounts.updateProfile(user.version(),
                new UserProfile("Mine", user.email(), null)))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.create(new NewUser(user.username(), "Twin",
                "twin@example.org", TestFixtures.PASSWORD, false)))).isInstanceOf(InvalidInputException.class);

        assertThat(auditEntries()).isEqualTo(before);
    }

    /** All entries: nothing else writes to the log while a test runs. */
    private int auditEntries() {
        return db.fetchCount(AUDIT_ENTRY);
    }
}
