package dev.beacon.evaluation.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.evaluation.ChatModelServer;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor builds a suite in the browser: creates it, uploads a CSV file of 20 cases, attaches it to a model whose
 * endpoint is a real chat server, presses Run now and watches the progress bar go to 20 / 20 before following
 * "See results". Dialogs open and close by keyboard, and the page is checked once in dark mode.
 */
class EvaluationSuiteJourneyTest extends BrowserTest {

    /** The mean of the page background's red, green and blue, 0 (black) to 255 (white). */
    private static final String BACKGROUND_BRIGHTNESS = "() => getComputedStyle(document.documentElement).backgroundColor"
            + ".match(/\\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b) / 3";

    private final ChatModelServer server = ChatModelServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void an_editor_imports_a_csv_attaches_the_suite_to_a_model_and_runs_it_to_the_end() throws Exception {
        Team team = fixtures.team("journey-evals");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        Model model = fixtures.registerAsAdmin(team, server.modelData(TestFixtures.unique("answering")));
        Map<String, String> cases = new LinkedHashMap<>();
        for (int n = 1; n <= 20; n++) {
            cases.put("What is " + n + " + " + n + "?", String.valueOf(2 * n));
        }
        // right on all but the last two questions
        server.answering(question -> question.startsWith("What is 19") || question.startsWith("What is 20")
                ? "I do not know" : "The answer is " + cases.getOrDefault(question, "?"));
        Path csv = Files.createTempFile("cases", ".csv");
        Files.writeString(csv, "prompt,expected\n" + cases.entrySet().stream()
                .map(c -> c.getKey() + "," + c.getValue()).collect(Collectors.joining("\n")) + "\n");
        Screen screen = new Screen(page);
        String name = TestFixtures.unique("Arithmetic");

        // A new suite, scored as "contains" so the model may talk around its answer.
        signIn(editor.username(), TestFixtures.PASSWORD);
        page.navigate("/evaluations");
        assertThat(screen.text("No evaluation suites yet")).isVisible();
        screen.button("New suite").click();
        Locator dialog = screen.dialog();
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        dialog.getByLabel("Scorer", new Locator.GetByLabelOptions().setExact(true)).click();
        screen.option("Contains").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create suite")).click();
        assertThat(page).hasURL(Pattern.compile(".*/evaluations/suites/[0-9a-f-]{36}$"));
        assertThat(screen.heading(name)).isVisible();

        // The cases come from a CSV file through the upload.
        screen.button("Import").click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(csv);
        assertThat(screen.text("Ready to import: " + csv.getFileName())).isVisible();
        screen.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(screen.notification("Imported 20 cases")).isVisible();
        assertThat(screen.gridCellExactly("What is 7 + 7?")).isVisible();

        // Keyboard: the Add case dialog opens with Enter on the focused button and closes with Escape.
        screen.button("Add case").focus();
        page.keyboard().press("Enter");
        assertThat(screen.field("Prompt")).isFocused();
        page.keyboard().press("Escape");
        assertThat(screen.field("Prompt")).isHidden();

        // Attached to the model, manual only, then run now.
        screen.button("Attach to model").click();
        assertThat(screen.dialog().getByLabel("Model", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue(model.data().name());
        screen.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attach").setExact(true)).click();
        assertThat(screen.gridCellExactly("Manual only")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run now on " + model.data().name())).click();

        Locator progress = page.locator(".run-progress");
        assertThat(progress.getByText("20 / 20 cases")).isVisible();
        assertThat(progress.getByText("Completed")).isVisible();
        assertThat(server.requests()).hasSize(20);
        assertThat(page.locator(".suite-runs").getByText("90.0 %")).isVisible();

        // Checked once in dark mode: the page's background turns dark.
        assertThat(((Number) page.evaluate(BACKGROUND_BRIGHTNESS)).doubleValue()).isGreaterThan(200);
        chooseAppearance("Dark");
        page.waitForFunction("() => (" + BACKGROUND_BRIGHTNESS + ")() < 60");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "playwright", "evaluation-suite-dark.png")).setFullPage(true));
        chooseAppearance("Follow the system");

        Locator results = progress.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("See results"));
        String href = results.getAttribute("href");
        assertThat(href).matches("evaluations/runs/[0-9a-f-]{36}");
        results.click();
        assertThat(page).hasURL(Pattern.compile(".*/evaluations/runs/[0-9a-f-]{36}$"));
    }
}
