package dev.beacon.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.notification.delivery.DeliveryDispatcher;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static dev.beacon.jooq.Tables.NOTIFICATION_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Notices go through the outbox to real receivers: an HTTP server for webhooks, GreenMail for e-mail. */
@IntegrationTest
class NotificationDeliveryTest {

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
    MutableClock clock;
    @Autowired
    GreenMail greenMail;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DSLContext db;

    Team team;
    UserAccount owner;
    WebhookReceiver receiver;

    @BeforeEach
    void aTeamWithAnOwnerAndAWebhookReceiver() {
        team = fixtures.team("notify");
        owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_webhook_receives_the_notice_as_json_signed_with_the_channel_secret() throws Exception {
        String secret = webhook(WebhookFormat.BEACON);

        NoticeId id = notifications.notifyTeam(team.id(), alert().withFields(Map.of("Model", "llama-3", "Value", "2.4 s")));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
        WebhookReceiver.Received request = receiver.received().getFirst();
        assertThat(request.header("X-Beacon-Signature")).isEqualTo("sha256=" + hmac(request.body(), secret));
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("id").asString()).isEqualTo(id.toString());
        assertThat(body.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(body.get("title").asString()).isEqualTo("p95 latency above 2 s");
        assertThat(body.get("link").asString()).isEqualTo("http://localhost:8080/models/42");
        assertThat(body.get("fields").get("Value").asString()).isEqualTo("2.4 s");
        awaitStatus(id, DeliveryStatus.DELIVERED);
        assertThat(deliveries(id).getFirst().attempts()).singleElement()
                .satisfies(attempt -> assertThat(attempt.httpStatus()).isEqualTo(200));
    }

    @Test
    void a_slack_compatible_webhook_gets_text_and_blocks_with_the_facts_and_the_link() {
        webhook(WebhookFormat.SLACK);

        notifications.notifyTeam(team.id(), alert().withFields(Map.of("Model", "llama-3")));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
        JsonNode body = JSON.readTree(receiver.received().getFirst().body());
        assertThat(body.get("text").asString()).contains("[Critical] p95 latency above 2 s");
        JsonNode blocks = body.get("blocks");
        assertThat(blocks.get(0).get("type").asString()).isEqualTo("section");
        assertThat(blocks.get(0).get("text").get("type").asString()).isEqualTo("mrkdwn");
        assertThat(blocks.get(0).get("text").get("text").asString()).contains("*[Critical] p95 latency above 2 s*");
        assertThat(blocks.get(1).get("fields").get(0).get("text").asString()).isEqualTo("*Model*\nllama-3");
        assertThat(blocks.get(2).get("elements").get(0).get("text").asString())
                .isEqualTo("<http://localhost:8080/models/42|Open in Beacon>");
    }

    @Test
    void an_email_channel_sends_subject_body_facts_and_link_to_the_members_and_addresses() throws Exception {
        String list = TestFixtures.unique("oncall").toLowerCase() + "@example.org";
        fixtures.as(owner, () -> channels.create(team.id(), ChannelData.email("On-call mail", List.of(owner.id()), List.of(list))));

        NoticeId id = notifications.notifyTeam(team.id(), alert().withFields(Map.of("Threshold", "2 s")));

        MimeMessage message = awaitMail(list);
        assertThat(message.getSubject()).isEqualTo("[Critical] p95 latency above 2 s");
        assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder(owner.email(), list);
        assertThat(GreenMailUtil.getBody(message)).contains("Latency of llama-3 is 2.4 s", "Threshold: 2 s",
                "Open in Beacon: http://localhost:8080/models/42");
        awaitStatus(id, DeliveryStatus.DELIVERED);
    }

    @Test
    void a_rolled_back_transaction_sends_nothing() {
        webhook(WebhookFormat.BEACON);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        NoticeId rolledBack = transaction.execute(status -> {
            NoticeId id = notifications.notifyTeam(team.id(), alert());
            status.setRollbackOnly();
            return id;
        });
        NoticeId committed = transaction.execute(status -> notifications.notifyTeam(team.id(), alert()));

        awaitStatus(committed, DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).singleElement()
                .satisfies(request -> assertThat(request.body()).contains(committed.toString()));
        assertThatThrownBy(() -> deliveries(rolledBack)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_webhook_that_fails_twice_is_retried_with_backoff_and_every_attempt_is_recorded() {
        webhook(WebhookFormat.BEACON);
        receiver.failNext(500, 503);

        NoticeId id = notifications.notifyTeam(team.id(), alert());
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(id).getFirst().attempts().size() == 1);
        dispatcher.deliverDue();
        assertThat(receiver.received()).as("not due before 30 s").hasSize(1);

        clock.advance(Duration.ofSeconds(30));
        dispatcher.deliverDue();
        assertThat(deliveries(id).getFirst().status()).isEqualTo(DeliveryStatus.PENDING);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.deliverDue();
        assertThat(receiver.received()).as("not due before 2 min").hasSize(2);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.deliverDue();

        Delivery delivery = deliveries(id).getFirst();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::httpStatus).containsExactly(500, 503, 200);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::delivered).containsExactly(false, false, true);
        assertThat(delivery.attempts().get(0).error()).contains("HTTP 500");
        assertThat(Duration.between(delivery.attempts().get(0).at(), delivery.attempts().get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.between(delivery.attempts().get(1).at(), delivery.attempts().get(2).at())).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void the_same_dedupe_key_reaches_a_channel_once_per_repeat_interval() {
        webhook(WebhookFormat.BEACON);
        Notice firing = alert().withDedupeKey(TestFixtures.unique("rule 7 firing critical"), Duration.ofMinutes(10));

        NoticeId first = notifications.notifyTeam(team.id(), firing);
        awaitStatus(first, DeliveryStatus.DELIVERED);
        NoticeId repeated = notifications.notifyTeam(team.id(), firing);
        awaitStatus(repeated, DeliveryStatus.SUPPRESSED);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        NoticeId afterInterval = notifications.notifyTeam(team.id(), firing);
        awaitStatus(afterInterval, DeliveryStatus.DELIVERED);

        assertThat(receiver.received()).hasSize(2);
        assertThat(deliveries(repeated).getFirst().detail()).contains("same dedupe key");
    }

    @Test
    void a_webhook_address_that_became_deny_listed_is_refused_at_send_time_and_not_retried() {
        webhook(WebhookFormat.BEACON);
        // as if the URL had been saved before the deny list covered it
        db.update(NOTIFICATION_CHANNEL).set(NOTIFICATION_CHANNEL.WEBHOOK_URL, "http://169.254.169.254/latest/meta-data/")
                .where(NOTIFICATION_CHANNEL.TEAM_ID.eq(team.id())).execute();

        NoticeId id = notifications.notifyTeam(team.id(), alert());

        awaitStatus(id, DeliveryStatus.FAILED);
        assertThat(deliveries(id).getFirst().attempts()).singleElement()
                .satisfies(attempt -> assertThat(attempt.error()).contains("deny list"));
    }

    @Test
    void a_notice_to_one_person_lands_in_their_inbox_and_their_mailbox() throws Exception {
        UserAccount assignee = fixtures.user("assignee");

        notifications.notifyUser(assignee.id(), Notice.of("ticket", Severity.INFO, "Ticket assigned to you",
                "Replace the GPU fan", "tickets/7"));

        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(assignee, () -> inbox.unreadCount()) == 1);
        assertThat(fixtures.as(assignee, () -> inbox.items())).singleElement()
                .satisfies(item -> assertThat(item.link()).isEqualTo("tickets/7"));
        assertThat(awaitMail(assignee.email()).getSubject()).isEqualTo("[Info] Ticket assigned to you");
    }

    private String webhook(WebhookFormat format) {
        return fixtures.as(owner, () -> channels.create(team.id(), ChannelData.webhook("Hook", receiver.url(), format))).secret();
    }

    private static Notice alert() {
        return Notice.of("alert", Severity.CRITICAL, "p95 latency above 2 s", "Latency of llama-3 is 2.4 s", "models/42");
    }

    private List<Delivery> deliveries(NoticeId id) {
        return fixtures.asAdmin(() -> notifications.deliveries(id));
    }

    private void awaitStatus(NoticeId id, DeliveryStatus status) {
        await().atMost(Duration.ofSeconds(20)).ignoreException(NotFoundException.class)
                .until(() -> deliveries(id).stream().allMatch(delivery -> delivery.status() == status) && !deliveries(id).isEmpty());
    }

    private MimeMessage awaitMail(String recipient) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(recipient))
                .findFirst().orElse(null), message -> message != null);
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
