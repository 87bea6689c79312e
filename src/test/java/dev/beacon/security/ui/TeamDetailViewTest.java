package dev.beacon.security.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class TeamDetailViewTest extends BrowserTest {

    @Test
    void owner_adds_a_member_and_changes_their_role_but_cannot_leave_the_team_without_an_owner() {
        Team team = fixtures.team("owned");
        UserAccount owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        UserAccount newcomer = fixtures.user("newcomer");
        signIn(owner.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/teams/" + team.id());

        screen.button("Add member").click();
        screen.pick("User", newcomer.username(), newcomer.displayName() + " (" + newcomer.username() + ")");
        screen.choose("Role", "Editor");
        screen.button("Add to team").click();
        assertThat(screen.notification("Added " + newcomer.displayName() + " as Editor")).isVisible();
        assertThat(screen.gridCellExactly(newcomer.username())).isVisible();

        screen.choose("Role of " + newcomer.username(), "Viewer");
        assertThat(screen.notification(newcomer.displayName() + " is now Viewer")).isVisible();
        page.reload();
        assertThat(page.getByLabel("Role of " + newcomer.username())).containsText("Viewer");

        screen.choose("Role of " + owner.username(), "Editor");
        assertThat(screen.notification("A team needs at least one owner")).isVisible();
        assertThat(page.getByLabel("Role of " + owner.username())).containsText("Owner");
    }

    @Test
    void viewer_sees_the_team_and_its_members_but_cannot_change_them() {
        Team team = fixtures.team("watched");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        signIn(viewer.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/teams/" + team.id());

        assertThat(screen.heading(team.name())).isVisible();
        assertThat(screen.gridCellExactly(viewer.username())).isVisible();
        assertThat(screen.button("Add member")).hasCount(0);
        assertThat(screen.button("Edit team")).hasCount(0);
        assertThat(page.locator("vaadin-select")).hasCount(0);
    }

    @Test
    void non_member_opening_another_teams_page_sees_not_found_and_not_the_team_name() {
        Team secret = fixtures.team("secret");
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        signIn(outsider.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/teams/" + secret.id());

        assertThat(screen.text("This page does not exist, or you do not have access to it.")).isVisible();
        assertThat(page.getByText(secret.name())).hasCount(0);
        assertThat(page).not().hasTitle(java.util.regex.Pattern.compile(secret.name()));
    }
}
