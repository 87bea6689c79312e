package dev.beacon;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole first day with Beacon, through the real login in a real Chromium: an ADMIN sets up a team
 * and an editor, the editor registers a model and ships a new version, and someone from another team
 * cannot reach the model even with its URL.
 */
class FirstModelJourneyTest extends BrowserTest {

    private static final Pattern MODEL_URL = Pattern.compile(".*/models/([0-9a-f-]{36})$");

    @Test
    void admin_sets_up_a_team_and_an_editor_who_registers_edits_and_versions_a_model_that_outsiders_cannot_reach() {
        String teamName = TestFixtures.unique("Inference");
        String username = TestFixtures.unique("maya").toLowerCase();
        String password = "Maya-Start-2026";
        String modelName = TestFixtures.unique("llama-3.1-8b");
        Screen screen = new Screen(page);

        // The ADMIN creates the team …
        signIn(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams")).click();
        screen.button("New team").click();
        screen.field("Name").fill(teamName);
        screen.field("Description").fill("Serves the chat models");
        screen.button("Create team").click();
        assertThat(screen.notification("Created team " + teamName)).isVisible();

        // … creates the user …
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")).click();
        screen.button("New user").click();
        screen.field("Username").fill(username);
        screen.field("Display name").fill("Maya Editor");
        screen.field("Email").fill(username + "@example.org");
        screen.field("Initial password").fill(password);
        screen.button("Create user").click();
        assertThat(screen.notification("Created user " + username)).isVisible();

        // … and makes them an EDITOR of the team.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(teamName)).click();
        screen.button("Add member").click();
        screen.pick("User", username, "Maya Editor (" + username + ")");
        screen.choose("Role", "Editor");
        screen.button("Add to team").click();
        assertThat(screen.notification("Added Maya Editor as Editor")).isVisible();
        signOut();

        // The editor signs in and registers a model.
        signIn(username, password);
        screen.button("Register your first model").click();
        screen.field("Name").fill(modelName);
        screen.choose("Runtime", "vLLM");
        screen.field("Endpoint base URL").fill("http://gpu-node-3:8000");
        screen.field("Served model name").fill("meta-llama/Llama-3.1-8B-Instruct");
        screen.field("Version label").fill("2024-07");
        screen.field("Context window (tokens)").fill("131072");
        screen.button("Register model").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(modelName).setLevel(2))).isVisible();
        // The page opens on the model's dashboard (empty for a new model); its configuration is under Overview.
        assertThat(screen.tab("Dashboard")).hasAttribute("selected", "");
        screen.tab("Overview").click();
        assertThat(page.getByText("131,072 tokens")).isVisible();
        // The heading can render a moment before the browser's address changes: wait for the address.
        assertThat(page).hasURL(MODEL_URL);
        Matcher url = MODEL_URL.matcher(page.url());
        assertThat(url.matches()).as("the model page has the model's id in its URL: " + page.url()).isTrue();
        String modelPath = "/models/" + url.group(1);

        // She edits it, then ships a new version with a note.
        screen.button("Edit").click();
        screen.field("Max output tokens").fill("2048");
        screen.button("Save changes").click();
        screen.tab("Overview").click();
        assertThat(page.getByText("2,048 tokens")).isVisible();

        screen.button("Edit").click();
        screen.field("Version label").fill("2024-12-awq");
        screen.field("Version note").fill("AWQ quantization, half the memory");
        screen.button("Save changes").click();
        assertThat(page.getByText("version 2024-12-awq")).isVisible();

        // The version history shows both versions, who changed it and why.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Version history")).click();
        Locator newest = screen.gridCell("AWQ quantization, half the memory");
        assertThat(newest).isVisible();
        assertThat(screen.gridCellExactly("2024-12-awq")).isVisible();
        assertThat(screen.gridCellExactly("Registered")).isVisible();
        assertThat(screen.gridCellExactly(username).first()).isVisible();
        signOut();

        // Someone from another team cannot reach the model, not even by its URL.
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        signIn(outsider.username(), TestFixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(modelName))).hasCount(0);
        page.navigate(modelPath);
        assertThat(screen.text("This page does not exist, or you do not have access to it.")).isVisible();
        assertThat(page.getByText(modelName)).hasCount(0);
        assertThat(page.getByText(teamName)).hasCount(0);
        page.navigate(modelPath + "/edit");
        assertThat(screen.text("This page does not exist, or you do not have access to it.")).isVisible();
        assertThat(page.getByText(modelName)).hasCount(0);
    }
}
