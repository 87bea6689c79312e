package dev.beacon.security.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class TeamsViewTest extends BrowserTest {

    @Test
    void admin_creates_a_team_and_opens_its_page() {
        // the grid draws only the rows in view and tests share one database: a name that sorts before every other
        String name = TestFixtures.unique("0-Platform");
        signIn(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/teams");

        screen.button("New team").click();
        screen.field("Name").fill(name);
        screen.field("Description").fill("Runs the shared inference cluster.");
        screen.field("Description").press("Enter");
        screen.field("Description").pressSequentially("Ask in #ml-infra.");
        screen.button("Create team").click();
        assertThat(screen.notification("Created team " + name)).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(screen.heading(name)).isVisible();
        assertThat(screen.text("Runs the shared inference cluster.\nAsk in #ml-infra.")).isVisible();
        assertThat(screen.button("Add member")).isVisible();
    }

    @Test
    void admin_is_told_why_a_team_that_still_owns_models_cannot_be_deleted() {
        Team team = fixtures.team("0-busy"); // sorts first, into the grid's first rows
        fixtures.model(team, "kept");
        signIn(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/teams");

        screen.button("Delete team " + team.name()).click();
        screen.button("Delete team").click();
        assertThat(screen.notification("The team still owns models. Delete or move them first.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(team.name()))).isVisible();
    }

    @Test
    void user_in_no_team_is_told_how_to_join_one_and_cannot_create_teams() {
        UserAccount loner = fixtures.user("loner");
        signIn(loner.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/teams");

        assertThat(screen.text("You are not in any team yet. Ask an administrator to add you.")).isVisible();
        assertThat(screen.button("New team")).hasCount(0);
    }
}
