package dev.beacon.notification.ui;

import com.microsoft.playwright.Locator;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.notification.WebhookReceiver;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An owner sets up a webhook and an in-app channel on the team page and tests both: a real HTTP server receives the
 * webhook, the bell counts the in-app notice without a reload (Push), and opening it from the notifications page marks
 * it read.
 */
class NotificationJourneyTest extends BrowserTest {

    @Test
    void owner_adds_a_webhook_and_an_in_app_channel_tests_them_and_reads_the_notice() {
        Team team = fixtures.team("journey");
        UserAccount owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        Screen screen = new Screen(page);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            signIn(owner.username(), TestFixtures.PASSWORD);
            page.navigate("/teams/" + team.id());
            assertThat(screen.text("No notification channels yet")).isVisible();

            screen.button("Add channel").click();
            screen.field("Name").fill("Ops hook");
            screen.field("Webhook URL").fill(receiver.url());
            screen.button("Save channel").click();
            assertThat(screen.text("Beacon does not store it and will not show it again")).isVisible();
            screen.button("I have copied it").click();

            screen.button("Add channel").click();
            screen.field("Name").fill("Bell");
            screen.choose("Type", "In-app");
            screen.button("Save channel").click();
            assertThat(screen.gridCell("Bell")).isVisible();

            screen.button("Send test notification through Ops hook").click();
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
            assertThat(receiver.received().getFirst().body()).contains("Test notification from Beacon");
            assertThat(receiver.received().getFirst().header("X-Beacon-Signature")).startsWith("sha256=");

            Locator unread = page.locator("#unread-count");
            assertThat(unread).isHidden();
            screen.button("Send test notification through Bell").click();
            assertThat(unread).hasText("1");

            page.locator("#notification-bell").click();
            assertThat(page).hasURL(Pattern.compile(".*/notifications$"));
            screen.button("Test notification from Beacon").click();
            assertThat(page).hasURL(Pattern.compile(".*/teams/" + team.id()));
            assertThat(unread).isHidden();
            assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", "Notifications, none unread");
        }
    }
}
