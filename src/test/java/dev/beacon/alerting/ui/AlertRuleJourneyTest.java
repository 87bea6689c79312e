package dev.beacon.alerting.ui;

import com.microsoft.playwright.Locator;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor sets a p95 latency threshold on a model in the Alerts tab's form, whose preview draws the metric's last
 * day; the model then slows down past the warning and later the critical threshold, and the fleet overview shows it
 * Warning, then Critical — driven by the rule.
 */
class AlertRuleJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void an_editor_adds_a_p95_rule_and_the_fleet_turns_warning_then_critical_as_latency_crosses_it() {
        AlertTestData alerts = new AlertTestData(context);
        Team team = fixtures.team("journey-alerts");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        Model model = alerts.fleet.model(team, "llama-alerting", ModelRuntime.VLLM);
        alerts.latency(team, model, 3, 20, 400);
        Screen screen = new Screen(page);

        signIn(editor.username(), TestFixtures.PASSWORD);
        page.navigate("/models/" + model.id());
        screen.tab("Alerts").click();
        assertThat(screen.text("No alert rules yet")).isVisible();
        screen.button("Add rule").click();
        Locator dialog = screen.dialog();
        assertThat(dialog.locator(".rule-preview beacon-chart")).isVisible();
        assertThat(dialog.locator(".would-have-fired")).containsText("Would have fired 0 times in the last 24 h");
        screen.field("Warning threshold").fill("1000");
        screen.field("Critical threshold").fill("3000");
        screen.field("Pending period (seconds)").fill("0");
        screen.field("Pending period (seconds)").press("Tab");
        dialog.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Add rule").setExact(true)).click();
        assertThat(screen.notification("Rule added")).isVisible();
        assertThat(screen.gridCell("Latency p95 above 1,000 ms (warning), 3,000 ms (critical) over 5 min")).isVisible();

        alerts.latency(team, model, 2, 40, 1_500);
        alerts.nextCycle();
        page.navigate("/");
        Locator row = page.locator("a.fleet-row[href='models/" + model.id() + "']");
        assertThat(row).containsText("Warning");

        alerts.latency(team, model, 2, 80, 4_000);
        alerts.nextCycle();
        page.navigate("/");
        assertThat(row).containsText("Critical");

        page.navigate("/models/" + model.id());
        screen.tab("Alerts").click();
        assertThat(page.locator(".model-health")).containsText("Critical");
        assertThat(screen.gridCell("Firing → Firing (Critical)")).isVisible();
    }
}
