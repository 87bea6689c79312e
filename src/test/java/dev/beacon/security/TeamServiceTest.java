package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@IntegrationTest
class TeamServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TeamService teams;
    @Autowired
    UserAdminService userAdmin;

    Team teamB;
    UserAccount ownerOfB;
    UserAccount outsider;

    @BeforeEach
    void aTeamWithAnOwnerAndSomeoneElse() {
        teamB = fixtures.team("team-b");
        ownerOfB = fixtures.user("owner-b");
        fixtures.member(teamB, ownerOfB, TeamRole.OWNER);
        outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
    }

    @Test
    void a_non_member_finds_neither_the_team_nor_its_members() {
        TeamId missing = new TeamId(UUID.randomUUID());

        for (var call : new Runnable[]{() -> teams.get(teamB.id()), () -> teams.members(teamB.id()),
                () -> teams.myRole(teamB.id()), () -> teams.findUsers(teamB.id(), "")}) {
            Throwable thrown = catchThrowable(() -> fixtures.as(outsider, call));
            assertThat(thrown).isInstanceOf(NotFoundException.class).hasMessage("Team not found");
        }
        assertThat(catchThrowable(() -> fixtures.as(outsider, () -> teams.get(missing)))).hasMessage("Team not found");
        assertThat(fixtures.as(outsider, () -> teams.myTeams())).extracting(TeamOverview::id).doesNotContain(teamB.id());
    }

    @Test
    void a_non_member_cannot_add_or_remove_members() {
        assertThatThrownBy(() -> fixtures.as(outsider, () -> teams.putMember(teamB.id(), outsider.id(), TeamRole.OWNER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> teams.removeMember(teamB.id(), ownerOfB.id())))
                .isInstanceOf(NotFoundException.class);

        assertThat(fixtures.as(ownerOfB, () -> teams.members(teamB.id()))).extracting(TeamMember::username)
                .containsExactly(ownerOfB.username());
    }

    @Test
    void an_editor_cannot_add_remove_or_promote_members() {
        UserAccount editor = fixtures.user("editor");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(teamB, editor, TeamRole.EDITOR);
        fixtures.member(teamB, viewer, TeamRole.VIEWER);

        assertThatThrownBy(() -> fixtures.as(editor, () -> teams.putMember(teamB.id(), editor.id(), TeamRole.OWNER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(editor, () -> teams.putMember(teamB.id(), outsider.id(), TeamRole.VIEWER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(editor, () -> teams.removeMember(teamB.id(), viewer.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> teams.removeMember(teamB.id(), editor.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.as(editor, () -> teams.members(teamB.id())))
                .extracting(TeamMember::username, TeamMember::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ownerOfB.username(), TeamRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple(editor.username(), TeamRole.EDITOR),
                        org.assertj.core.groups.Tuple.tuple(viewer.username(), TeamRole.VIEWER));
    }

    @Test
    void an_owner_manages_members() {
        UserAccount newcomer = fixtures.user("newcomer");

        fixtures.as(ownerOfB, () -> teams.putMember(teamB.id(), newcomer.id(), TeamRole.VIEWER));
        fixtures.as(ownerOfB, () -> teams.putMember(teamB.id(), newcomer.id(), TeamRole.EDITOR));
        assertThat(fixtures.as(newcomer, () -> teams.myRole(teamB.id()))).isEqualTo(TeamRole.EDITOR);

        fixtures.as(ownerOfB, () -> teams.removeMember(teamB.id(), newcomer.id()));
        assertThatThrownBy(() -> fixtures.as(newcomer, () -> teams.get(teamB.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_last_owner_can_be_neither_demoted_nor_removed() {
        for (var call : new Runnable[]{() -> teams.putMember(teamB.id(), ownerOfB.id(), TeamRole.EDITOR),
                () -> teams.removeMember(teamB.id(), ownerOfB.id())}) {
            assertThatThrownBy(() -> fixtures.as(ownerOfB, call))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("role");
                        assertThat(e.getMessage()).contains("at least one owner");
                    });
        }
        assertThatThrownBy(() -> fixtures.asAdmin(() -> teams.removeMember(teamB.id(), ownerOfB.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixtures.as(ownerOfB, () -> teams.myRole(teamB.id()))).isEqualTo(TeamRole.OWNER);
    }

    @Test
    void an_owner_may_step_down_once_someone_else_owns_the_team() {
        UserAccount successor = fixtures.user("successor");
        fixtures.as(ownerOfB, () -> teams.putMember(teamB.id(), successor.id(), TeamRole.OWNER));

        fixtures.as(ownerOfB, () -> teams.putMember(teamB.id(), ownerOfB.id(), TeamRole.VIEWER));

        assertThat(fixtures.as(ownerOfB, () -> teams.myRole(teamB.id()))).isEqualTo(TeamRole.VIEWER);
        assertThatThrownBy(() -> fixtures.as(successor, () -> teams.removeMember(teamB.id(), successor.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_an_owner_renames_the_team_and_a_stale_version_is_refused() {
        UserAccount editor = fixtures.user("editor");
        fixtures.member(teamB, editor, TeamRole.EDITOR);
        Team read = fixtures.as(ownerOfB, () -> teams.get(teamB.id()));

        assertThatThrownBy(() -> fixtures.as(editor, () -> teams.update(read.id(), read.version(), new TeamData("hijacked", ""))))
                .isInstanceOf(AccessDeniedException.class);

        String firstName = TestFixtures.unique("renamed-first");
        fixtures.as(ownerOfB, () -> teams.update(read.id(), read.version(), new TeamData(firstName, "first")));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> teams.update(read.id(), read.version(), new TeamData("second", "second"))))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed by someone else");
        Team stored = fixtures.as(ownerOfB, () -> teams.get(teamB.id()));
        assertThat(stored.name()).isEqualTo(firstName);
        assertThat(stored.description()).isEqualTo("first");
    }

    @Test
    void team_names_are_unique_regardless_of_case() {
        assertThatThrownBy(() -> fixtures.asAdmin(() -> teams.create(new TeamData(teamB.name().toUpperCase(), ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void only_admins_create_teams() {
        assertThatThrownBy(() -> fixtures.as(ownerOfB, () -> teams.create(new TeamData(TestFixtures.unique("mine"), ""))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void owner_looking_for_users_to_add_finds_enabled_users_who_are_not_members_yet() {
        String tag = TestFixtures.unique("pick").toLowerCase();
        Team team = fixtures.team("picking");
        UserAccount owner = fixtures.user(tag);
        fixtures.member(team, owner, TeamRole.OWNER);
        UserAccount member = fixtures.user(tag);
        fixtures.member(team, member, TeamRole.VIEWER);
        UserAccount candidate = fixtures.user(tag);
        UserAccount disabled = fixtures.user(tag);
        fixtures.asAdmin(() -> userAdmin.setEnabled(disabled.id(), false));

        var found = fixtures.as(owner, () -> teams.findUsers(team.id(), tag));

        assertThat(found).extracting(UserReference::username).containsExactly(candidate.username());
    }

    @Test
    void a_disabled_user_cannot_be_added_to_a_team() {
        UserAccount disabled = fixtures.user("disabled");
        fixtures.asAdmin(() -> userAdmin.setEnabled(disabled.id(), false));

        assertThatThrownBy(() -> fixtures.as(ownerOfB, () -> teams.putMember(teamB.id(), disabled.id(), TeamRole.VIEWER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("disabled");
        assertThat(fixtures.as(ownerOfB, () -> teams.members(teamB.id()))).extracting(TeamMember::username)
                .doesNotContain(disabled.username());
    }
}
