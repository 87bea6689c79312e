package dev.beacon.dashboard.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.beacon.BrowserTest;
import dev.beacon.ChartOnScreen;
import dev.beacon.MutableClock;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.SharedDashboardTestData;
import dev.beacon.dashboard.Visibility;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor builds a shared dashboard of two panels and arranges them; a teammate opens its link with a
 * time range and sees the same panels with data; someone of another team gets "not found".
 */
class SharedDashboardJourneyTest extends BrowserTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;
    @Autowired
    DashboardService dashboards;

    @Test
    void an_editor_shares_a_dashboard_that_a_teammate_opens_by_link_and_an_outsider_cannot_find() {
        Team team = fixtures.team("journey-dash");
        UserAccount editor = fixtures.user("editor");
        UserAccount teammate = fixtures.user("teammate");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, teammate, TeamRole.VIEWER);
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        Model model = fixtures.model(team, "llama");
        ingestion.ingestEvents(TelemetryTestData.callerFor(team), TelemetryTestData.logNormalEvents(model.id().toString(),
                clock.instant(), Duration.ofMinutes(30), 600, 7), EventSource.API, true);
        rollups.runOnce();
        String modelChoice = model.data().name() + " (" + team.name() + ")";

        signIn(editor.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboards")).click();
        screen.button("New dashboard").click();
        String name = TestFixtures.unique("Serving health");
        screen.field("Name").fill(name);
        screen.button("Create dashboard").click();
        assertThat(page.getByText("No panels yet")).isVisible();

        addPanel(screen, "Latency", "p95", "Line", modelChoice);
        addPanel(screen, "Requests", "Total", "Single stat", modelChoice);
        Locator panels = page.locator(".beacon-panel");
        assertThat(panels).hasCount(2);

        // arrange: drag the stat onto the chart's place, then widen the chart from the keyboard
        page.locator(".beacon-panel[aria-label='Requests total'] .beacon-panel-handle")
                .dragTo(page.locator(".beacon-panel[aria-label='Latency p95']"));
        assertThat(panels.first()).hasAttribute("aria-label", "Requests total");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wider: Latency p95")).focus();
        page.keyboard().press("Enter");
        assertThat(panels.nth(1)).hasAttribute("data-size", "7x3");
        screen.button("Save dashboard").click();
        assertThat(screen.notification("Saved " + name)).isVisible();
        String link = page.url().replaceFirst("\\?.*$", "") + "?range=6h";

        Page teammatePage = otherBrowser();
        signIn(teammatePage, teammate.username(), TestFixtures.PASSWORD);
        teammatePage.navigate(link);
        Locator seen = teammatePage.locator(".beacon-panel");
        assertThat(seen).hasCount(2);
        assertThat(seen.nth(0)).hasAttribute("aria-label", "Requests total");
        assertThat(seen.nth(0)).hasAttribute("data-size", "3x2");
        assertThat(seen.nth(1)).hasAttribute("aria-label", "Latency p95");
        assertThat(seen.nth(1)).hasAttribute("data-size", "7x3");
        assertThat(seen.nth(0).locator(".beacon-stat-value")).hasText("600 requests");
        ChartOnScreen chart = new ChartOnScreen(teammatePage, seen.nth(1).locator("beacon-chart"));
        chart.waitUntil("el => el.chart?.getOption().series?.[0]?.data?.some(p => p[1] != null) && el.chart.getZr().animation.isFinished()");
        double renderMillis = ((Number) teammatePage.evaluate("() => performance.now()")).doubleValue();
        System.out.printf("[speed] SharedDashboardJourneyTest: dashboard of 2 panels (6 h) rendered with data %.0f ms after navigation start%n",
                renderMillis);
        assertThat(teammatePage.getByLabel("Time range")).containsText("Last 6 hours");
        assertThat(teammatePage.getByText("Read-only")).isVisible();
        assertThat(teammatePage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit").setExact(true))).hasCount(0);
        BoundingBox stat = seen.nth(0).boundingBox();
        BoundingBox line = seen.nth(1).boundingBox();
        assertThat(line.width).isGreaterThan(stat.width * 2);

        Page outsiderPage = otherBrowser();
        signIn(outsiderPage, outsider.username(), TestFixtures.PASSWORD);
        outsiderPage.navigate(link);
        Locator answer = outsiderPage.locator(".beacon-empty-state");
        assertThat(answer).containsText("Not found");
        String seenByOutsider = answer.innerText();
        assertThat(outsiderPage.locator(".beacon-panel")).hasCount(0);
        assertThat(outsiderPage.getByText(name)).hasCount(0);
        outsiderPage.navigate(link.replaceFirst("dashboards/[0-9a-f-]+", "dashboards/" + java.util.UUID.randomUUID()));
        assertThat(answer).containsText("Not found");
        assertThat(answer.innerText()).as("the same answer as for a dashboard that does not exist").isEqualTo(seenByOutsider);
    }

    @Test
    void a_dashboard_chosen_as_home_page_opens_when_the_user_signs_in_again() {
        Team team = fixtures.team("journey-home");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        Model model = fixtures.model(team, "llama");
        Dashboard home = fixtures.as(editor, () -> dashboards.create(team.id(),
                SharedDashboardTestData.dashboard("Morning check", Visibility.TEAM, SharedDashboardTestData.latencyLine(model))));
        Screen screen = new Screen(page);
        signIn(editor.username(), TestFixtures.PASSWORD);
        page.navigate("/dashboards/" + home.id());

        screen.button("Make home page").click();
        assertThat(screen.notification(home.name() + " is your home page now")).isVisible();
        signOut();
        signIn(editor.username(), TestFixtures.PASSWORD);

        assertThat(screen.heading(home.name())).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/dashboards/" + home.id() + ".*"));
    }

    private void addPanel(Screen screen, String metric, String aggregation, String chart, String modelChoice) {
        screen.button("Add panel").click();
        Locator add = screen.button("Add to dashboard");
        assertThat(add).isVisible();
        screen.choose("Metric", metric);
        screen.choose("Chart", chart);
        screen.choose("Aggregation", aggregation);
        screen.pick("Models", modelChoice.substring(0, 8), modelChoice);
        page.keyboard().press("Tab"); // leaves the models' list
        add.click();
        assertThat(add).isHidden();
    }
}
