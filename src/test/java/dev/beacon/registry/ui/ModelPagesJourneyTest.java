package dev.beacon.registry.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The model pages as editors, viewers and outsiders experience them. */
class ModelPagesJourneyTest extends BrowserTest {

    @Test
    void editor_registers_a_model_edits_it_and_sees_the_version_change_in_the_history() {
        Team team = fixtures.team("journey");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        String name = TestFixtures.unique("chat-model");

        signIn(editor.username(), TestFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register your first model")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Endpoint base URL").fill("http://gpu-node-7:8000");
        page.getByLabel("Served model name").fill("Qwen/Qwen2.5-7B-Instruct");
        page.getByLabel("Version label").fill("2024-09");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register model")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(2))).isVisible();
        assertThat(page.getByText("http://gpu-node-7:8000", new Page.GetByTextOptions().setExact(true))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit")).click();
        page.getByLabel("Version label").fill("2024-12");
        page.getByLabel("Version note").fill("Quantized to AWQ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        assertThat(page.getByText("version 2024-12")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Version history")).click();
        Locator history = page.locator("vaadin-grid-cell-content");
        assertThat(history.filter(new Locator.FilterOptions().setHasText("Quantized to AWQ"))).isVisible();
        assertThat(history.filter(new Locator.FilterOptions().setHasText("2024-09")).first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire model")).click();
        assertThat(page.getByText("Retired", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire"))).hasCount(0);
    }

    @Test
    void form_shows_the_offending_fields_and_saves_nothing() {
        UserAccount editor = fixtures.memberOfNewTeam("validation", TeamRole.EDITOR);
        signIn(editor.username(), TestFixtures.PASSWORD);
        page.navigate("/models/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("bad-model");
        page.getByLabel("Endpoint base URL").fill("gpu-node-7:8000");
        page.getByLabel("Default temperature").fill("2.5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register model")).click();

        // On the fields themselves: Vaadin also announces an error in a live region for screen readers for a moment.
        Screen screen = new Screen(page);
        assertThat(screen.fieldWithError("vaadin-text-field", "Enter an http:// or https:// URL")).isVisible();
        assertThat(screen.fieldWithError("vaadin-big-decimal-field", "Must be between 0 and 2")).isVisible();
        assertThat(screen.fieldWithError("vaadin-text-field", "Enter the model name the server knows")).isVisible();
        page.navigate("/models");
        assertThat(page.getByText("No models yet")).isVisible();
    }

    @Test
    void viewer_gets_a_read_only_page_and_is_refused_the_edit_page() {
        Team team = fixtures.team("viewers");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model model = fixtures.model(team, "watched");

        signIn(viewer.username(), TestFixtures.PASSWORD);
        page.navigate("/models/" + model.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(model.data().name()).setLevel(2))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete"))).hasCount(0);

        page.navigate("/models/" + model.id() + "/edit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not allowed").setLevel(3))).isVisible();
        assertThat(page.getByLabel("Endpoint base URL")).hasCount(0);
    }

    @Test
    void user_of_another_team_cannot_open_the_model_by_its_url() {
        Team team = fixtures.team("secret");
        Model model = fixtures.model(team, "secret-model");
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);

        signIn(outsider.username(), TestFixtures.PASSWORD);
        page.navigate("/models/" + model.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found").setLevel(3))).isVisible();
        assertThat(page.getByText(model.data().name())).hasCount(0);
        assertThat(page.getByText(team.name())).hasCount(0);

        page.navigate("/models/" + model.id() + "/edit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found").setLevel(3))).isVisible();
        assertThat(page.getByText(model.data().name())).hasCount(0);

        page.navigate("/models/" + "-".repeat(36));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found").setLevel(3))).isVisible();
    }

    @Test
    void second_editor_gets_a_conflict_message_instead_of_overwriting() {
        Team team = fixtures.team("race");
        UserAccount first = fixtures.user("first");
        UserAccount second = fixtures.user("second");
        fixtures.member(team, first, TeamRole.EDITOR);
        fixtures.member(team, second, TeamRole.EDITOR);
        Model model = fixtures.model(team, "contended");

        signIn(first.username(), TestFixtures.PASSWORD);
        page.navigate("/models/" + model.id() + "/edit");
        try (BrowserContext otherContext = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port))) {
            Page other = otherContext.newPage();
            other.navigate("/login");
            other.getByLabel("Username").fill(second.username());
            other.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestFixtures.PASSWORD);
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(other.locator("vaadin-app-layout")).isVisible();
            other.navigate("/models/" + model.id() + "/edit");
            assertThat(other.getByLabel("Served model name")).hasValue(model.data().servedModelName());

            page.getByLabel("Served model name").fill("first/served-name");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            assertThat(page.getByText("first/served-name")).isVisible();

            other.getByLabel("Served model name").fill("second/served-name");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
            assertThat(other.getByText("Changed by someone else", new Page.GetByTextOptions().setExact(true))).isVisible();
        }
        page.reload();
        assertThat(page.getByText("first/served-name")).isVisible();
        assertThat(page.getByText("second/served-name")).hasCount(0);
    }

    @Test
    void list_filters_by_runtime_and_text_and_keeps_them_in_the_url() {
        Team team = fixtures.team("filters");
        UserAccount viewer = fixtures.user("lister");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model vllm = fixtures.model(team, "alpha");
        Model ollama;
        {
            var data = TestFixtures.modelData(TestFixtures.unique("beta"));
            var ollamaData = new dev.beacon.registry.ModelData(data.name(), data.description(),
                    dev.beacon.registry.ModelRuntime.OLLAMA, "http://laptop:11434", "llama3.2:3b", "v1", 4096,
                    data.defaultTemperature(), 512, java.util.List.of("edge"), data.status(),
                    dev.beacon.registry.ModelMonitoring.defaultsFor(dev.beacon.registry.ModelRuntime.OLLAMA));
            ollama = fixtures.registerAsAdmin(team, ollamaData);
        }

        signIn(viewer.username(), TestFixtures.PASSWORD);
        page.navigate("/models?runtime=OLLAMA");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ollama.data().name()))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(vllm.data().name()))).hasCount(0);

        page.navigate("/models?q=" + vllm.data().name());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(vllm.data().name()))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ollama.data().name()))).hasCount(0);

        page.getByLabel("Search").fill("no-such-model-anywhere");
        assertThat(page.getByText("No models match these filters")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=no-such-model-anywhere.*"));
    }
}
