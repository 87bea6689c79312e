package dev.beacon.alerting.ui;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.alerting.MaintenanceWindowData;
import dev.beacon.alerting.MaintenanceWindowService;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.WebhookFormat;
import dev.beacon.notification.WebhookReceiver;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8's journey: an editor sets a p95 threshold; the model degrades to Warning, then Critical on the fleet
 * overview; the bell, a webhook receiver and an SMTP server hear of it; the editor acknowledges; the model recovers
 * and a RESOLVED message follows; during a maintenance window it degrades again, is in the history, and nothing is sent.
 * Time moves with the test clock and the evaluator runs one cycle at a time; deliveries go through the real outbox.
 */
class AlertNotificationJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChannelService channels;
    @Autowired
    MaintenanceWindowService windows;
    @Autowired
    GreenMail greenMail;

    @Test
    void an_alert_notifies_bell_webhook_and_mail_is_acknowledged_resolves_and_stays_quiet_in_a_maintenance_window() {
        AlertTestData alerts = new AlertTestData(context);
        Team team = fixtures.team("journey-notify");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        String mailbox = TestFixtures.unique("oncall").toLowerCase() + "@example.org";
        Model model = alerts.fleet.model(team, "llama-paged", ModelRuntime.VLLM);
        alerts.latency(team, model, 3, 20, 400);
        Screen screen = new Screen(page);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            fixtures.asAdmin(() -> {
                channels.create(team.id(), ChannelData.webhook("Pager", receiver.url(), WebhookFormat.BEACON));
                channels.create(team.id(), ChannelData.email("On-call mail", List.of(), List.of(mailbox)));
                channels.create(team.id(), ChannelData.inApp("Bell", List.of()));
            });

            signIn(editor.username(), TestFixtures.PASSWORD);
            page.navigate("/models/" + model.id());
            screen.tab("Alerts").click();
            screen.button("Add rule").click();
            Locator dialog = screen.dialog();
            screen.field("Warning threshold").fill("1000");
            screen.field("Critical threshold").fill("3000");
            screen.field("Pending period (seconds)").fill("0");
            screen.field("Pending period (seconds)").press("Tab");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add rule").setExact(true)).click();
            assertThat(screen.notification("Rule added")).isVisible();

            alerts.latency(team, model, 2, 40, 1_500);
            alerts.nextCycle();
            page.navigate("/");
            Locator row = page.locator("a.fleet-row[href='models/" + model.id() + "']");
            assertThat(row).containsText("Warning");
            alerts.latency(team, model, 2, 80, 4_000);
            alerts.nextCycle();
            page.navigate("/");
            assertThat(row).containsText("Critical");

            // warning and critical came within the group wait: one message per channel tells of both
            alerts.sendGroupedNotices();
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                    .anyMatch(request -> request.body().contains("Firing critical: " + model.data().name())));
            MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                    .filter(message -> body(message).contains("[Critical] Firing critical: " + model.data().name()))
                    .findFirst().orElse(null), message -> message != null);
            org.assertj.core.api.Assertions.assertThat(subject(mail)).isEqualTo("2 alerts: 1 critical, 1 warning");
            org.assertj.core.api.Assertions.assertThat(body(mail)).contains("Latency p95", "[Warning] Firing warning: ");
            page.reload();
            assertThat(page.locator("#unread-count")).hasText("2");

            page.navigate("/models/" + model.id() + "?tab=alerts");
            page.locator(".alert-rules").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge")).click();
            screen.field("Comment").fill("Draining the node");
            screen.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge").setExact(true)).click();
            assertThat(screen.notification("Acknowledged")).isVisible();
            assertThat(page.locator(".alert-rules")).containsText("Draining the node");

            alerts.after(Duration.ofMinutes(6));
            alerts.sendGroupedNotices();
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                    .anyMatch(request -> request.body().contains("Resolved: " + model.data().name())));
            int sentBeforeWindow = receiver.received().size();

            fixtures.as(editor, () -> windows.create(team.id(), new MaintenanceWindowData("GPU driver upgrade", model.id(),
                    Recurrence.WEEKLY, EnumSet.allOf(DayOfWeek.class), null, openSinceFiveMinutes(), 120, "UTC")));
            alerts.latency(team, model, 3, 80, 4_000);
            alerts.nextCycle();

            page.navigate("/models/" + model.id() + "?tab=alerts");
            assertThat(page.locator(".alert-notices")).containsText("Not sent: in maintenance window GPU driver upgrade");
            assertThat(page.locator(".alert-history")).containsText("Resolved → Firing (Critical)");
            assertThat(page.locator(".alert-history")).containsText("Not sent: in maintenance window GPU driver upgrade");
            org.assertj.core.api.Assertions.assertThat(receiver.received()).hasSize(sentBeforeWindow);
        }
    }

    /** Five minutes before the test clock's time of day (UTC): a daily window that is open now. */
    private java.time.LocalTime openSinceFiveMinutes() {
        return context.getBean(java.time.Clock.class).instant().atOffset(ZoneOffset.UTC).toLocalTime()
                .minusMinutes(5).withSecond(0).withNano(0);
    }

    private static String body(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
