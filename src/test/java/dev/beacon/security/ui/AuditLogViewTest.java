package dev.beacon.security.ui;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class AuditLogViewTest extends BrowserTest {

    @Test
    void team_owner_sees_their_teams_entries_but_not_another_teams_and_opens_the_details() {
        Team mine = fixtures.team("audited");
        Team theirs = fixtures.team("hidden");
        UserAccount owner = fixtures.user("auditor");
        fixtures.member(mine, owner, TeamRole.OWNER);
        Model myModel = fixtures.model(mine, "mine");
        Model theirModel = fixtures.model(theirs, "theirs");
        signIn(owner.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/audit");

        assertThat(screen.gridCell("Created model " + myModel.data().name())).isVisible();
        assertThat(screen.gridCell(theirModel.data().name())).hasCount(0);
        screen.field("Search").fill(theirModel.data().name());
        assertThat(screen.text("No entries match these filters")).isVisible();
        screen.button("Clear filters").click();

        screen.gridCell("Created model " + myModel.data().name()).click();
        assertThat(screen.dialog()).containsText("Created: Model " + myModel.data().name());
        assertThat(screen.dialog().getByLabel("After")).containsText("\"name\" : \"" + myModel.data().name() + "\"");
        page.keyboard().press("Escape");
        assertThat(screen.dialog()).hasCount(0);

        page.keyboard().press("Enter");
        assertThat(screen.dialog()).containsText("Created: Model " + myModel.data().name());
    }

    @Test
    void editor_who_owns_no_team_is_refused_the_audit_log() {
        UserAccount editor = fixtures.memberOfNewTeam("editor", TeamRole.EDITOR);
        signIn(editor.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Models"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log"))).hasCount(0);
        page.navigate("/audit");

        assertThat(screen.text("The audit log is for administrators and team owners.")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }
}
