package dev.beacon.notification.delivery;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.DeliveryStatus;
import dev.beacon.notification.Notice;
import dev.beacon.notification.NoticeId;
import dev.beacon.notification.NotificationService;
import dev.beacon.notification.Severity;
import dev.beacon.notification.WebhookFormat;
import dev.beacon.notification.WebhookReceiver;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.beacon.jooq.Tables.EVENT_PUBLICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox keeps its promise when an instance dies between the commit of a notice and its delivery: the stored,
 * never-completed publication is handed to the listener again by the resubmission job, and the notice is delivered
 * once.
 */
@IntegrationTest
class OutboxRecoveryTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    NotificationService notifications;
    @Autowired
    ChannelService channels;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    NotificationJobs jobs;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DSLContext db;

    @Test
    void a_notice_committed_by_an_instance_that_died_before_handling_it_is_delivered_once_by_the_resubmission() throws Exception {
        Team team = fixtures.team("outbox");
        UserAccount owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            fixtures.as(owner, () -> channels.create(team.id(), ChannelData.webhook("Pager", receiver.url(), WebhookFormat.BEACON)));
            int before = receiver.received().size();

            // what the dead instance left behind: the publication, stored in its committed transaction, never handled
            NoticeId id = new NoticeId(UUID.randomUUID());
            var request = new NoticeRequested(id, team.id(), null, null,
                    Notice.of("alert", Severity.CRITICAL, "Committed, then the instance died", "", "models/1"), clock.instant());
            String listener = listenerOfNotices();
            new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                    registry.store(request, Stream.of(PublicationTargetIdentifier.of(listener))));
            assertThat(incomplete(id)).isTrue();
            jobs.resubmitStalledPublications();
            assertThat(receiver.received()).as("not stalled yet: an instance may still be handling it").hasSize(before);

            clock.advance(NotificationJobs.STALLED_AFTER.plusSeconds(1));
            jobs.resubmitStalledPublications();

            await().atMost(Duration.ofSeconds(20)).ignoreException(NotFoundException.class).until(() ->
                    fixtures.asAdmin(() -> notifications.deliveries(id)).stream().anyMatch(d -> d.status() == DeliveryStatus.DELIVERED));
            await().atMost(Duration.ofSeconds(20)).until(() -> !stored(id));
            jobs.resubmitStalledPublications();
            assertThat(receiver.received()).hasSize(before + 1);
            assertThat(receiver.received().getLast().body()).contains(id.toString(), "Committed, then the instance died");
        }
    }

    /**
     * The outbox's name for the notification listener: Spring's default listener id, the method's qualified name with
     * its parameter types. Were it wrong, the resubmission would find no listener and nothing would be delivered.
     */
    private static String listenerOfNotices() throws NoSuchMethodException {
        var on = NoticeListener.class.getDeclaredMethod("on", NoticeRequested.class);
        return ClassUtils.getQualifiedMethodName(on) + "(" + NoticeRequested.class.getName() + ")";
    }

    private boolean incomplete(NoticeId notice) {
        return db.fetchExists(EVENT_PUBLICATION, EVENT_PUBLICATION.SERIALIZED_EVENT.contains(notice.toString()),
                EVENT_PUBLICATION.COMPLETION_DATE.isNull());
    }

    /** Completed publications are deleted (spring.modulith.events.completion-mode=delete). */
    private boolean stored(NoticeId notice) {
        return db.fetchExists(EVENT_PUBLICATION, EVENT_PUBLICATION.SERIALIZED_EVENT.contains(notice.toString()));
    }
}
