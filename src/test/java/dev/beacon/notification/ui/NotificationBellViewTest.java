package dev.beacon.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import dev.beacon.ViewTest;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.InboxService;
import dev.beacon.notification.Notice;
import dev.beacon.notification.NotificationService;
import dev.beacon.notification.Severity;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The bell's unread count, the notifications page, and who sees which channel controls on the team page. */
class NotificationBellViewTest extends ViewTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    ChannelService channels;
    @Autowired
    InboxService inbox;

    Team team;
    UserAccount owner;
    UserAccount viewer;

    @BeforeEach
    void aTeamWithAnInAppChannel() {
        team = fixtures.team("bell");
        owner = fixtures.user("owner");
        viewer = fixtures.user("viewer");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        fixtures.as(owner, () -> channels.create(team.id(), ChannelData.inApp("Bell", List.of())));
    }

    @Test
    void the_bell_counts_unread_notices_and_marking_all_read_clears_it() {
        notifications.notifyTeam(team.id(), Notice.of("alert", Severity.WARNING, "Queue is growing", "", "models"));
        notifications.notifyTeam(team.id(), Notice.of("alert", Severity.CRITICAL, "Model is down", "", "models"));
        await().atMost(Duration.ofSeconds(20)).until(() -> unreadOf(viewer) == 2);

        signIn(viewer);
        navigate(NotificationsView.class);
        assertThat(bell().shownCount()).isEqualTo(2);
        assertThat(bell().getAriaLabel()).contains("Notifications, 2 unread");
        assertThat(titles()).containsExactly("Model is down", "Queue is growing");

        test(button("Mark all read")).click();

        assertThat(bell().shownCount()).isZero();
        assertThat(button("Mark all read").isEnabled()).isFalse();
    }

    @Test
    void opening_a_notification_marks_it_read() {
        notifications.notifyTeam(team.id(), Notice.of("alert", Severity.CRITICAL, "Model is down", "", "models"));
        await().atMost(Duration.ofSeconds(20)).until(() -> unreadOf(viewer) == 1);

        signIn(viewer);
        navigate(NotificationsView.class);
        test(button("Model is down")).click();

        assertThat(unreadOf(viewer)).isZero();
        assertThat(bell().shownCount()).isZero();
    }

    @Test
    void owners_get_channel_controls_and_viewers_only_the_list() {
        signIn(viewer);
        navigate("teams/" + team.id(), Main.class);

        assertThat(findInView(ChannelsPanel.class).exists()).isTrue();
        assertThat(buttonTexts()).doesNotContain("Add channel", "Send test notification");
    }

    private int unreadOf(UserAccount user) {
        return fixtures.as(user, () -> inbox.unreadCount());
    }


    private NotificationBell bell() {
        return find(NotificationBell.class).single();
    }

    private List<String> titles() {
        return findInView(Button.class).all().stream().filter(button -> button.hasClassName("beacon-notification-title"))
                .map(Button::getText).toList();
    }

    private Button button(String text) {
        return findInView(Button.class).all().stream().filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }

    private List<String> buttonTexts() {
        return findInView(Button.class).all().stream().map(Button::getText).toList();
    }
}
