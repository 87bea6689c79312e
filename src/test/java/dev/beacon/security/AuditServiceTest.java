package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditServiceTest {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    AuditService audit;

    @Test
    void owner_can_filter_by_the_teams_they_own_but_not_by_teams_where_they_only_edit() {
        Team owned = fixtures.team("owned");
        Team edited = fixtures.team("edited");
        UserAccount user = fixtures.user("owner");
        fixtures.member(owned, user, TeamRole.OWNER);
        fixtures.member(edited, user, TeamRole.EDITOR);

        var teams = fixtures.as(user, audit::teamsICanAudit);

        assertThat(teams).extracting(TeamOverview::name).containsExactly(owned.name());
        assertThat(teams.getFirst().myRole()).isEqualTo(TeamRole.OWNER);
    }

    @Test
    void admin_can_filter_by_every_team() {
        Team team = fixtures.team("any");

        var teams = fixtures.asAdmin(audit::teamsICanAudit);

        assertThat(teams).extracting(TeamOverview::id).contains(team.id());
    }

    @Test
    void user_who_owns_no_team_has_no_team_to_filter_by_and_may_not_read_the_log() {
        UserAccount editor = fixtures.memberOfNewTeam("editor", TeamRole.EDITOR);

        assertThat(fixtures.as(editor, audit::teamsICanAudit)).isEmpty();
        assertThat(fixtures.as(editor, audit::canRead)).isFalse();
    }
}
