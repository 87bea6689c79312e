package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestFixtures fixtures;
    @Autowired
    AuditService audit;
    @Autowired
    ModelService models;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    TeamService teams;

    Team team;
    UserAccount owner;
    UserAccount editor;

    @BeforeEach
    void aTeamWithOwnerAndEditor() {
        team = fixtures.team("audited");
        owner = fixtures.user("owner");
        editor = fixtures.user("editor");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    @Test
    void registering_changing_and_deleting_a_model_is_audited_with_actor_team_and_changes() {
        Model model = fixtures.as(editor, () -> models.register(team.id(), TestFixtures.modelData(TestFixtures.unique("audited-model"))));
        Model changed = fixtures.as(editor, () -> models.update(model.id(), model.version(),
                RecordCopy.with(model.data(), "versionLabel", "v2"), "Upgrade"));
        fixtures.as(owner, () -> models.delete(model.id(), changed.version()));

        List<AuditEntry> entries = entriesAbout("Model", model.data().name());

        assertThat(entries).extracting(AuditEntry::action).containsExactly("DELETED", "UPDATED", "CREATED");
        assertThat(entries).extracting(AuditEntry::actorName).containsExactly(owner.username(), editor.username(), editor.username());
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.team()).isEqualTo(team.id());
            assertThat(entry.teamName()).isEqualTo(team.name());
            assertThat(entry.entityName()).isEqualTo(model.data().name());
        });

        AuditEntry created = entries.get(2);
        assertThat(created.before()).isNull();
        assertThat(json(created.after()).get("endpointUrl").asString()).isEqualTo("http://gpu-node-1:8000");

        AuditEntry updated = entries.get(1);
        assertThat(updated.summary()).contains("versionLabel: v1 → v2");
        assertThat(json(updated.before()).propertyNames()).containsExactly("versionLabel");
        assertThat(json(updated.before()).get("versionLabel").asString()).isEqualTo("v1");
        assertThat(json(updated.after()).get("versionLabel").asString()).isEqualTo("v2");

        AuditEntry deleted = entries.get(0);
        assertThat(json(deleted.before()).get("versionLabel").asString()).isEqualTo("v2");
        assertThat(deleted.after()).isNull();
    }

    @Test
    void saving_a_model_without_changes_writes_no_update_entry() {
        Model model = fixtures.model(team, "unchanged");

        fixtures.as(editor, () -> models.update(model.id(), model.version(), model.data(), null));

        assertThat(entriesAbout("Model", model.data().name())).extracting(AuditEntry::action).containsExactly("CREATED");
    }

    @Test
    void creating_disabling_and_resetting_the_password_of_a_user_is_audited() {
        UserAccount user = fixtures.user("audited-user");
        fixtures.asAdmin(() -> userAdmin.setEnabled(user.id(), false));
        fixtures.asAdmin(() -> userAdmin.resetPassword(user.id(), "Brand-New-Secret-7"));

        List<AuditEntry> entries = entriesAbout("User", user.username());

        assertThat(entries).extracting(AuditEntry::action).containsExactly("PASSWORD_RESET", "UPDATED", "CREATED");
        assertThat(entries).extracting(AuditEntry::actorName).containsOnly(TestFixtures.ADMIN);
        assertThat(entries).extracting(AuditEntry::team).containsOnlyNulls();
        assertThat(entries.get(1).summary()).contains("enabled: true → false");
        assertThat(entries).noneSatisfy(entry -> assertThat(entry.summary() + entry.before() + entry.after())
                .contains("Brand-New-Secret-7"));
        assertThat(entries.get(2).after()).doesNotContain(TestFixtures.PASSWORD);
    }

    @Test
    void creating_a_team_and_adding_changing_and_removing_a_member_is_audited() {
        UserAccount member = fixtures.user("member");
        fixtures.as(owner, () -> teams.putMember(team.id(), member.id(), TeamRole.VIEWER));
        fixtures.as(owner, () -> teams.putMember(team.id(), member.id(), TeamRole.EDITOR));
        fixtures.as(owner, () -> teams.removeMember(team.id(), member.id()));

        assertThat(entriesAbout("Team", team.name())).extracting(AuditEntry::action, AuditEntry::actorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATED", TestFixtures.ADMIN));
        List<AuditEntry> membership = entriesAbout("Membership", member.username() + " in " + team.name());
        assertThat(membership).extracting(AuditEntry::action).containsExactly("DELETED", "UPDATED", "CREATED");
        assertThat(membership).extracting(AuditEntry::actorName).containsOnly(owner.username());
        assertThat(membership).extracting(AuditEntry::team).containsOnly(team.id());
        assertThat(membership.get(1).summary()).contains("role: VIEWER → EDITOR");
    }

    @Test
    void an_owner_reads_their_teams_entries_but_not_other_teams_or_user_entries() {
        Model ours = fixtures.model(team, "ours");
        Team otherTeam = fixtures.team("not-ours");
        Model theirs = fixtures.model(otherTeam, "theirs");

        assertThat(fixtures.as(owner, () -> audit.canRead())).isTrue();
        List<AuditEntry> visible = fixtures.as(owner, () -> audit.find(AuditFilter.all(), 0, 10_000));

        assertThat(visible).isNotEmpty().extracting(AuditEntry::team).containsOnly(team.id());
        assertThat(visible).extracting(AuditEntry::entityName).contains(ours.data().name())
                .doesNotContain(theirs.data().name(), owner.username(), otherTeam.name());
        assertThat(fixtures.as(owner, () -> audit.count(AuditFilter.all()))).isEqualTo(visible.size());
        assertThat(fixtures.as(owner, () -> audit.find(new AuditFilter(otherTeam.id(), "", null), 0, 100))).isEmpty();
        assertThat(fixtures.as(owner, () -> audit.count(new AuditFilter(null, owner.username(), "User")))).isZero();
    }

    @Test
    void an_admin_reads_every_entry() {
        Model ours = fixtures.model(team, "ours");
        Team otherTeam = fixtures.team("other");
        Model theirs = fixtures.model(otherTeam, "theirs");

        assertThat(fixtures.asAdmin(() -> audit.canRead())).isTrue();
        assertThat(entriesAbout("Model", ours.data().name())).hasSize(1);
        assertThat(entriesAbout("Model", theirs.data().name())).hasSize(1);
        assertThat(entriesAbout("User", owner.username())).hasSize(1);
    }

    @Test
    void editors_and_viewers_read_no_audit_entries() {
        fixtures.model(team, "hidden");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);

        for (UserAccount user : List.of(editor, viewer)) {
            assertThat(fixtures.as(user, () -> audit.canRead())).isFalse();
            assertThat(fixtures.as(user, () -> audit.find(AuditFilter.all(), 0, 100))).isEmpty();
            assertThat(fixtures.as(user, () -> audit.find(new AuditFilter(team.id(), "", null), 0, 100))).isEmpty();
            assertThat(fixtures.as(user, () -> audit.count(AuditFilter.all()))).isZero();
        }
    }

    /** Newest first, as the audit page shows them; read as ADMIN. */
    private List<AuditEntry> entriesAbout(String type, String name) {
        return fixtures.asAdmin(() -> audit.find(new AuditFilter(null, name, type), 0, 100)).stream()
                .filter(entry -> entry.entityName().equals(name))
                .toList();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
