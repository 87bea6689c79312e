package dev.beacon.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.notification.delivery.DeliveryDispatcher;
import dev.beacon.notification.delivery.NotificationProperties;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of notices with the same group key becomes one e-mail or one webhook call per channel after the group wait
 * (Alertmanager's group_wait); the in-app inbox keeps one item per notice and gets them at once.
 */
@IntegrationTest
class NotificationGroupingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestFixtures fixtures;
    @Autowired
    NotificationService notifications;
    @Autowired
    ChannelService channels;
    @Autowired
    InboxService inbox;
    @Autowired
    DeliveryDispatcher dispatcher;
    @Autowired
    NotificationProperties properties;
    @Autowired
    MutableClock clock;
    @Autowired
    GreenMail greenMail;

    Team team;
    UserAccount owner;
    WebhookReceiver receiver;
    String group;

    @BeforeEach
    void aTeamWithAWebhookReceiver() {
        team = fixtures.team("grouping");
        owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        receiver = WebhookReceiver.start();
        group = TestFixtures.unique("alerts");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_burst_of_three_notices_reaches_a_webhook_as_one_call_after_the_group_wait_and_the_inbox_at_once_item_by_item() {
        webhook(WebhookFormat.BEACON);
        fixtures.as(owner, () -> channels.create(team.id(), ChannelData.inApp("Bell", List.of())));

        List<NoticeId> burst = List.of(
                notifications.notifyTeam(team.id(), notice(Severity.CRITICAL, "Firing critical: llama — p95")),
                notifications.notifyTeam(team.id(), notice(Severity.CRITICAL, "Firing critical: mistral — p95")),
                notifications.notifyTeam(team.id(), notice(Severity.RESOLVED, "Resolved: qwen — errors")));

        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(owner, () -> inbox.unreadCount()) == 3);
        dispatcher.deliverDue();
        assertThat(receiver.received()).as("the webhook waits for the group").isEmpty();

        clock.advance(properties.groupWait());
        dispatcher.deliverDue();

        burst.forEach(id -> awaitOutboundStatus(id, DeliveryStatus.DELIVERED));
        assertThat(receiver.received()).hasSize(1);
        JsonNode body = JSON.readTree(receiver.received().getFirst().body());
        assertThat(body.get("count").asInt()).isEqualTo(3);
        assertThat(body.get("title").asString()).isEqualTo("3 alerts: 2 critical, 1 resolved");
        assertThat(body.get("groupKey").asString()).isEqualTo(group);
        assertThat(body.get("notices").valueStream().map(notice -> notice.get("id").asString()))
                .containsExactlyInAnyOrderElementsOf(burst.stream().map(NoticeId::toString).toList());
        assertThat(body.get("notices").get(0).get("link").asString()).startsWith("http://localhost:8080/models/");
        assertThat(receiver.received().getFirst().header("X-Beacon-Notice").split(",")).hasSize(3);
        for (NoticeId id : burst) {
            assertThat(outboundDelivery(id).attempts()).singleElement().satisfies(attempt -> {
                assertThat(attempt.groupedWith()).isEqualTo(2);
                assertThat(attempt.groupNote()).isEqualTo("sent with 2 others in one message");
            });
        }
    }

    @Test
    void a_grouped_message_that_fails_is_retried_as_a_whole() {
        webhook(WebhookFormat.BEACON);
        receiver.failNext(500);
        NoticeId first = notifications.notifyTeam(team.id(), notice(Severity.WARNING, "Firing warning: llama — p95"));
        NoticeId second = notifications.notifyTeam(team.id(), notice(Severity.CRITICAL, "Firing critical: llama — errors"));
        awaitDeliveries(first, second);

        clock.advance(properties.groupWait());
        dispatcher.deliverDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> outboundDelivery(first).attempts().size() == 1
                && outboundDelivery(second).attempts().size() == 1);
        assertThat(receiver.received()).hasSize(1);
        assertThat(outboundDelivery(second).status()).isEqualTo(DeliveryStatus.PENDING);

        clock.advance(properties.retryDelays().getFirst());
        dispatcher.deliverDue();

        awaitOutboundStatus(first, DeliveryStatus.DELIVERED);
        awaitOutboundStatus(second, DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).as("one failed call, one retry of the same message").hasSize(2);
        assertThat(JSON.readTree(receiver.received().get(1).body()).get("count").asInt()).isEqualTo(2);
        for (NoticeId id : List.of(first, second)) {
            assertThat(outboundDelivery(id).attempts()).extracting(DeliveryAttempt::httpStatus).containsExactly(500, 200);
            assertThat(outboundDelivery(id).attempts()).extracting(DeliveryAttempt::groupedWith).containsExactly(1, 1);
        }
    }

    @Test
    void a_burst_to_an_email_channel_is_one_mail_whose_subject_counts_the_notices_and_whose_body_lists_each() throws Exception {
        String list = TestFixtures.unique("burst").toLowerCase() + "@example.org";
        fixtures.as(owner, () -> channels.create(team.id(), ChannelData.email("Mail", List.of(owner.id()), List.of(list))));
        NoticeId critical = notifications.notifyTeam(team.id(), notice(Severity.CRITICAL, "Firing critical: llama — p95"));
        NoticeId warning = notifications.notifyTeam(team.id(), notice(Severity.WARNING, "Firing warning: mistral — p95"));
        NoticeId resolved = notifications.notifyTeam(team.id(), notice(Severity.RESOLVED, "Resolved: qwen — errors"));
        awaitDeliveries(critical, warning, resolved);

        clock.advance(properties.groupWait());
        dispatcher.deliverDue();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(list).size() == 1);
        MimeMessage mail = mailsTo(list).getFirst();
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactlyInAnyOrder(owner.email(), list);
        assertThat(mail.getSubject()).isEqualTo("3 alerts: 1 critical, 1 warning, 1 resolved");
        assertThat(GreenMailUtil.getBody(mail)).contains("[Critical] Firing critical: llama", "[Warning] Firing warning: mistral",
                "[Resolved] Resolved: qwen", "Open in Beacon: http://localhost:8080/models/");
        awaitOutboundStatus(resolved, DeliveryStatus.DELIVERED);
        assertThat(mailsTo(list)).as("still one mail").hasSize(1);
    }

    @Test
    void a_slack_channel_gets_one_message_with_a_headline_and_a_section_per_notice() {
        webhook(WebhookFormat.SLACK);
        NoticeId first = notifications.notifyTeam(team.id(), notice(Severity.CRITICAL, "Firing critical: llama — p95"));
        NoticeId second = notifications.notifyTeam(team.id(), notice(Severity.RESOLVED, "Resolved: qwen — errors"));
        awaitDeliveries(first, second);

        clock.advance(properties.groupWait());
        dispatcher.deliverDue();

        awaitOutboundStatus(second, DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(1);
        JsonNode body = JSON.readTree(receiver.received().getFirst().body());
        assertThat(body.get("text").asString()).isEqualTo("2 alerts: 1 critical, 1 resolved");
        List<String> sections = body.get("blocks").valueStream().filter(block -> block.get("type").asString().equals("section"))
                .map(block -> block.get("text").get("text").asString()).toList();
        assertThat(sections).hasSize(3);
        assertThat(sections.get(1)).contains("*[Critical] Firing critical: llama — p95*", "|Open in Beacon>");
        assertThat(sections.get(2)).contains("*[Resolved] Resolved: qwen — errors*");
    }

    private void webhook(WebhookFormat format) {
        fixtures.as(owner, () -> channels.create(team.id(), ChannelData.webhook("Hook", receiver.url(), format)));
    }

    private Notice notice(Severity severity, String title) {
        return Notice.of("alert", severity, title, "Details of " + title, "models/" + TestFixtures.unique("m")).withGroupKey(group);
    }

    private Delivery outboundDelivery(NoticeId id) {
        return fixtures.asAdmin(() -> notifications.deliveries(id)).stream()
                .filter(delivery -> delivery.type() != ChannelType.IN_APP).findFirst().orElseThrow();
    }

    private void awaitDeliveries(NoticeId... ids) {
        await().atMost(Duration.ofSeconds(20)).ignoreException(NotFoundException.class)
                .until(() -> Arrays.stream(ids).noneMatch(id -> fixtures.asAdmin(() -> notifications.deliveries(id)).isEmpty()));
    }

    private void awaitOutboundStatus(NoticeId id, DeliveryStatus status) {
        await().atMost(Duration.ofSeconds(20)).ignoreException(NotFoundException.class)
                .until(() -> outboundDelivery(id).status() == status);
    }

    /** The distinct mails sent to the address (GreenMail keeps a copy per recipient). */
    private List<MimeMessage> mailsTo(String address) {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
                    byId.putIfAbsent(message.getMessageID(), message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(byId.values());
    }
}
