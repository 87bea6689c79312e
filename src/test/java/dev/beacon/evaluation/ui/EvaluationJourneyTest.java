package dev.beacon.evaluation.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.ChartOnScreen;
import dev.beacon.MutableClock;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.NoDataMode;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.ThresholdComparator;
import dev.beacon.evaluation.ChatModelServer;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunService;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelService;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * Issue 10's journey: an editor imports a golden test suite from a CSV file, attaches it to a model, runs it now and
 * watches the progress bar reach the end; the run page shows the accuracy and every answer, and the model dashboard's
 * accuracy panel the point. The model then drifts (a third of its answers go wrong); the next run's accuracy crosses
 * the critical threshold of an accuracy rule, the alert fires, and the comparison with the previous run lists the
 * regressed cases first. The model is a real HTTP server speaking the OpenAI chat API; time moves with the test clock.
 */
class EvaluationJourneyTest extends BrowserTest {

    /** Twelve arithmetic questions and their answers; the drifting model gets the last four wrong. */
    private static final Map<String, String> SUMS = sums();
    private static final Set<String> DRIFTED = Set.of("What is 9 + 10?", "What is 10 + 11?", "What is 11 + 12?", "What is 12 + 13?");

    @Autowired
    ApplicationContext context;
    @Autowired
    RunService runs;
    @Autowired
    ChannelService channels;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    @TempDir
    Path files;

    @Test
    void a_suite_from_csv_runs_on_a_model_draws_its_accuracy_and_its_drift_fires_the_alert_and_shows_as_regressions()
            throws Exception {
        AlertTestData alerts = new AlertTestData(context);
        Team team = fixtures.team("journey-evaluation");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.asAdmin(() -> channels.create(team.id(), ChannelData.inApp("Bell", List.of())));
        Screen screen = new Screen(page);
        String suiteName = TestFixtures.unique("Smoke QA");
        Path csv = files.resolve("smoke-qa.csv");
        Files.writeString(csv, csv());

        try (ChatModelServer server = ChatModelServer.start()) {
            server.answering(question -> SUMS.getOrDefault(question, "I do not know"));
            Model model = fixtures.registerAsAdmin(team, server.modelData(TestFixtures.unique("drifting-model")));

            // The editor creates the suite and imports its cases from the CSV file.
            signIn(editor.username(), TestFixtures.PASSWORD);
            page.navigate("/evaluations");
            screen.button("New suite").click();
            Locator dialog = screen.dialog();
            dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(suiteName);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create suite").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile(".*/evaluations/suites/[0-9a-f-]{36}$"));
            screen.button("Import").click();
            page.locator("vaadin-upload input[type=file]").setInputFiles(csv);
            assertThat(screen.dialog()).containsText("Ready to import: smoke-qa.csv");
            screen.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import").setExact(true)).click();
            assertThat(screen.notification("Imported 12 cases")).isVisible();
            assertThat(screen.visibleGridCell("What is 12 + 13?")).isVisible();

            // It attaches the suite to the model.
            screen.button("Attach to model").click();
            Locator attach = screen.dialog();
            // the team's only model is chosen already
            assertThat(attach.getByLabel("Model", new Locator.GetByLabelOptions().setExact(true))).hasValue(model.data().name());
            attach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attach").setExact(true)).click();
            assertThat(screen.gridCellExactly("Manual only")).isVisible();

            // On the model's Evaluations tab it runs the suite now and watches the progress bar reach the end.
            Run first = runNowOnModelTab(screen, model, suiteName);
            assertThat(first.accuracy()).isEqualTo(1.0);
            assertThat(page.locator(".eval-run-accuracy")).hasText("100.0 %");
            assertThat(screen.visibleGridCell("What is 12 + 13?")).isVisible();
            assertThat(screen.gridCellExactly("25").first()).isVisible();
            // Keyboard: Space on a focused row opens the case's full texts
            screen.gridCellExactly("What is 12 + 13?").click();
            assertThat(page.locator(".eval-result-details")).isVisible();
            page.keyboard().press("Space");
            assertThat(page.locator(".eval-result-details")).isHidden();
            page.keyboard().press("Space");
            assertThat(page.locator(".eval-result-details")).containsText("Latency");

            // The model dashboard's accuracy panel shows the point.
            rollups.runOnce();
            page.navigate("/models/" + model.id() + "?range=1h");
            ChartOnScreen scores = new ChartOnScreen(page, page.locator("[data-panel='evaluation-scores'] beacon-chart"));
            scores.waitForData();
            assertThat(scores.option("o => o.series.map(s => s.name)")).asInstanceOf(LIST).contains("accuracy");

            // Ten minutes later the model has drifted: a third of its answers are wrong, and the next run says so.
            clock.advance(Duration.ofMinutes(10));
            server.answering(question -> DRIFTED.contains(question) ? "42" : SUMS.getOrDefault(question, "I do not know"));
            Run second = runNowOnModelTab(screen, model, suiteName);
            assertThat(second.accuracy()).isEqualTo(8 / 12.0);
            assertThat(page.locator(".eval-run-accuracy")).hasText("66.7 %");

            // The accuracy rule (below 0.9 warning, below 0.8 critical) fires at the first evaluation that covers the
            // run's whole minute (windows are read in whole minutes).
            alerts.rule(model, accuracyRule());
            rollups.runOnce();
            alerts.after(Duration.ofMinutes(2));
            page.navigate("/models/" + model.id() + "?tab=alerts");
            assertThat(page.locator(".alert-rules")).containsText("Score accuracy below");
            assertThat(page.locator(".alert-rules")).containsText("Critical");
            assertThat(page.locator("#unread-count")).isVisible();

            // The run page compares with the previous run: the four drifted cases come first, marked Regressed.
            page.navigate("/evaluations/runs/" + second.id() + "?regressions=true");
            assertThat(page.locator(".eval-regressed")).hasCount(4);
            page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Compare with previous run")).click();
            assertThat(page).hasURL(Pattern.compile(".*/evaluations/compare\\?a=" + first.id() + "&b=" + second.id()));
            assertThat(page.locator(".eval-comparison-counts")).containsText("4 regressed, 0 improved, 8 the same");
            Locator changes = page.locator("vaadin-grid.eval-comparison .eval-change");
            for (int row = 0; row < 4; row++) {
                assertThat(changes.nth(row)).hasText("Regressed");
            }
        }
    }

    /** Opens the model's Evaluations tab, presses Run now, waits for "12 / 12 cases" and opens the results. */
    private Run runNowOnModelTab(Screen screen, Model model, String suiteName) {
        page.navigate("/models/" + model.id() + "?tab=evaluations");
        assertThat(page.locator(".model-eval-suites")).containsText(suiteName);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Run " + suiteName + " now")).click();
        assertThat(page.locator(".run-progress-cases")).hasText("12 / 12 cases");
        assertThat(page.locator(".run-progress-outcome")).hasText("Completed");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("See results")).click();
        assertThat(page).hasURL(Pattern.compile(".*/evaluations/runs/[0-9a-f-]{36}.*"));
        Run latest = fixtures.asAdmin(() -> runs.runsOfModel(model.id(), 1)).getFirst();
        assertThat(page.url()).contains(latest.id().toString());
        return latest;
    }

    private static RuleData accuracyRule() {
        return new RuleData(AlertMetric.EVAL_SCORE, "accuracy", ThresholdComparator.BELOW, 0.9, 0.8, 300, 0, 0,
                NoDataMode.OK, null, true, null, "");
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder("prompt,expected,scorer\n");
        SUMS.forEach((question, answer) -> csv.append('"').append(question).append("\",").append(answer).append(",exact\n"));
        return csv.toString();
    }

    private static Map<String, String> sums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (int a = 1; a <= 12; a++) {
            sums.put("What is " + a + " + " + (a + 1) + "?", String.valueOf(2 * a + 1));
        }
        return sums;
    }
}
