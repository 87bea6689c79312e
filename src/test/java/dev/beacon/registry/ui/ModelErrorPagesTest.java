package dev.beacon.registry.ui;

import dev.beacon.BrowserTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ModelErrorPagesTest extends BrowserTest {

    @Test
    void viewer_is_told_why_they_cannot_edit_and_another_teams_model_is_not_found() {
        Team team = fixtures.team("viewed");
        Model visible = fixtures.model(team, "visible");
        Model hidden = fixtures.model(fixtures.team("elsewhere"), "hidden");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        signIn(viewer.username(), TestFixtures.PASSWORD);

        page.navigate("/models/" + visible.id() + "/edit");
        assertThat(page.getByText("You need the Editor role in this team to edit its models")).isVisible();

        page.navigate("/models/" + hidden.id());
        assertThat(page.getByText("This page does not exist, or you do not have access to it.")).isVisible();
        assertThat(page.getByText(hidden.data().name())).hasCount(0);
    }
}
