package dev.beacon.maintenance.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.ChartOnScreen;
import dev.beacon.MutableClock;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketService;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * Issue 9's journey: an editor opens a security-patch ticket on a model and assigns a teammate; the teammate finds it
 * in My tickets and in a notification, drags it to In progress on the board (the model's alert notifications fall
 * silent), completes it with the new version label; the model's version history and its dashboard's version marker
 * show the label, and once there is telemetry after the change the ticket shows the figures before and after it.
 */
class MaintenanceJourneyTest extends BrowserTest {

    private static final String NEW_VERSION = "v1.0.1-cve-patched";

    @Autowired
    TicketService tickets;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    @Test
    void a_security_patch_goes_from_the_editor_to_the_teammate_through_the_board_into_the_version_history_with_before_after() {
        Team team = fixtures.team("journey-maintenance");
        UserAccount editor = fixtures.user("editor");
        UserAccount teammate = fixtures.user("teammate");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, teammate, TeamRole.EDITOR);
        Model model = fixtures.model(team, "patched");
        // the model's last two hours: one-second requests, one in ten failing
        traffic(model, clock.instant(), -110, -2, 1_000, true);
        Screen screen = new Screen(page);
        String title = TestFixtures.unique("Patch CVE-2026-1234 in the vLLM image");

        // The editor opens the ticket and assigns the teammate.
        signIn(editor.username(), TestFixtures.PASSWORD);
        page.navigate("/tickets");
        screen.button("New ticket").click();
        Locator dialog = screen.dialog();
        // the list's filters behind the dialog have fields of the same names
        pick(dialog, "Model", model.data().name());
        choose(dialog, "Type", "Security patch");
        field(dialog, "Title").fill(title);
        choose(dialog, "Priority", "High");
        pick(dialog, "Assignee", teammate.displayName());
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open ticket").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/tickets/[0-9a-f-]{36}$"));
        Ticket ticket = fixtures.as(editor, () -> tickets.find(TicketFilter.none().withText(title), 0, 1)).getFirst();
        assertThat(screen.heading(ticket.reference() + " " + title)).isVisible();
        signOut();

        // The teammate sees it in a notification and in My tickets.
        signIn(teammate.username(), TestFixtures.PASSWORD);
        assertThat(page.locator("#unread-count")).hasText("1");
        page.navigate("/tickets/mine");
        assertThat(screen.visibleGridCell(ticket.reference() + " " + title)).isVisible();

        // On the board the teammate drags it to In progress; the model's notifications are silenced meanwhile.
        page.navigate("/tickets/board?team=" + team.id());
        Locator card = page.locator(".ticket-card[data-ticket='" + ticket.reference() + "']");
        card.dragTo(page.locator(".ticket-column[data-status='IN_PROGRESS']"));
        assertThat(page.locator(".ticket-column[data-status='IN_PROGRESS'] .ticket-card[data-ticket='" + ticket.reference() + "']"))
                .isVisible();
        page.navigate("/tickets/" + ticket.id());
        assertThat(page.locator(".ticket-silence")).containsText("Silenced now");

        // Done, with the version the patch put into service.
        screen.button("Mark done").click();
        screen.field("New version label").fill(NEW_VERSION);
        screen.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done").setExact(true)).click();
        assertThat(page.locator(".ticket-header .ticket-status")).hasText("Done");
        Instant change = fixtures.as(teammate, () -> tickets.get(ticket.id())).closedAt();

        // The version history and the dashboard's version marker show it.
        page.navigate("/models/" + model.id());
        screen.tab("Version history").click();
        assertThat(screen.visibleGridCell(NEW_VERSION)).isVisible();
        page.navigate("/models/" + model.id() + "?range=24h");
        ChartOnScreen latency = new ChartOnScreen(page, page.locator("[data-panel='latency'] beacon-chart"));
        latency.waitForData();
        assertThat(latency.option("o => o.series[0].markLine.data.map(d => d.name)")).asInstanceOf(LIST).contains(NEW_VERSION);

        // Two hours later, with twice as fast and error-free traffic since the patch, the ticket shows before/after.
        clock.advance(Duration.ofHours(2));
        traffic(model, change, 1, 110, 500, false);
        page.navigate("/tickets/" + ticket.id());
        Locator beforeAfter = page.locator(".before-after");
        assertThat(beforeAfter).containsText("Latency p95");
        assertThat(beforeAfter.locator(".change-better").first()).containsText("better");
        assertThat(beforeAfter).containsText("Error rate");
    }

    private static Locator field(Locator dialog, String label) {
        return dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private void pick(Locator dialog, String comboLabel, String item) {
        field(dialog, comboLabel).fill(item);
        new Screen(page).option(item).click();
    }

    private void choose(Locator dialog, String selectLabel, String item) {
        field(dialog, selectLabel).click();
        new Screen(page).option(item).click();
    }

    /** One batch every four minutes from {@code from} to {@code to} minutes around {@code around}. */
    private void traffic(Model model, Instant around, int from, int to, int latencyMs, boolean someFail) {
        Instant base = around.truncatedTo(ChronoUnit.MINUTES);
        List<Instant> minutes = IntStream.rangeClosed(from, to).filter(offset -> (offset - from) % 4 == 0)
                .mapToObj(offset -> base.plus(Duration.ofMinutes(offset))).toList();
        TelemetryTestData.minutes(ingestion, rollups, model.id(), minutes, (minute, aggregate) -> {
            for (int i = 0; i < 10; i++) {
                aggregate.addRequest(latencyMs + i, 100.0, 300, 100, someFail && i == 0 ? "timeout" : null, 8192);
            }
        });
    }
}
