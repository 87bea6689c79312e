package dev.beacon.notification.delivery;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Background work of notifications. Every instance looks for due deliveries (their claims keep two instances from
 * sending the same one); one instance at a time hands outbox publications that were never completed (the instance
 * died between commit and delivery, or the listener failed) to the listener again.
 */
@Component
class NotificationJobs {

    /** Older than any publication still being handled normally. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(1);

    private final DeliveryDispatcher dispatcher;
    private final IncompleteEventPublications incomplete;

    NotificationJobs(DeliveryDispatcher dispatcher, IncompleteEventPublications incomplete) {
        this.dispatcher = dispatcher;
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${beacon.notification.poll-interval:5s}", initialDelayString = "5s")
    void deliverDue() {
        dispatcher.deliverDue();
    }

    @Scheduled(fixedDelayString = "1m", initialDelayString = "30s")
    @SchedulerLock(name = "notification-outbox-resubmit", lockAtMostFor = "5m")
    void resubmitStalledPublications() {
        incomplete.resubmitIncompletePublicationsOlderThan(STALLED_AFTER);
    }
}
