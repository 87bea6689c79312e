package dev.beacon.security;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TeamServiceTest {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TeamService teams;

    @Autowired
    UserAdminService userAdmin;

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
}
