package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelType;
import dev.beacon.notification.DeliveryAttempt;
import dev.beacon.notification.DeliveryStatus;
import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.notification.internal.ClaimedDelivery;
import dev.beacon.notification.internal.JooqChannelRepository;
import dev.beacon.notification.internal.JooqDeliveryRepository;
import dev.beacon.notification.internal.JooqNoticeRepository;
import dev.beacon.notification.internal.StoredNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends claimed deliveries, each in a virtual thread of its own so that a slow or failing webhook never delays the
 * others, and records every attempt: delivered, pending again after the retry policy's next delay, or failed for good.
 */
@Component
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 100;

    private final JooqDeliveryRepository deliveries;
    private final JooqNoticeRepository notices;
    private final JooqChannelRepository channels;
    private final Map<ChannelType, TargetSender> senders;
    private final RetryPolicy retries;
    private final NotificationProperties properties;
    private final Clock clock;

    DeliveryDispatcher(JooqDeliveryRepository deliveries, JooqNoticeRepository notices, JooqChannelRepository channels,
                       List<TargetSender> senders, RetryPolicy retries, NotificationProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.notices = notices;
        this.channels = channels;
        this.senders = senders.stream().collect(Collectors.toMap(TargetSender::type, Function.identity()));
        this.retries = retries;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every delivery that is due now (first attempts, retries, claims another instance let run out). */
    public int deliverDue() {
        int sent = 0;
        int claimed;
        do {
            claimed = deliver(deliveries.claim(clock.instant(), properties.lease(), BATCH, null));
            sent += claimed;
        } while (claimed == BATCH);
        return sent;
    }

    /** Sends these deliveries now, unless another instance has claimed them already. */
    void deliver(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            deliver(deliveries.claim(clock.instant(), properties.lease(), ids.size(), ids));
        }
    }

    private int deliver(List<ClaimedDelivery> claimed) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            claimed.forEach(delivery -> threads.submit(() -> attempt(delivery)));
        }
        return claimed.size();
    }

    private void attempt(ClaimedDelivery delivery) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        SendResult result;
        try {
            result = send(delivery);
        } catch (RuntimeException e) {
            log.warn("Delivery {} of notice {} failed unexpectedly", delivery.id(), delivery.notice(), e);
            result = SendResult.failed(null, "Unexpected error: " + e);
        }
        int number = delivery.attemptsSoFar() + 1;
        int millis = (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        Instant next = result.delivered() || !result.retryable() ? null : retries.nextAttempt(number, clock.instant()).orElse(null);
        DeliveryStatus status = result.delivered() ? DeliveryStatus.DELIVERED : next != null ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
        var attempt = new DeliveryAttempt(number, started, result.delivered(), result.httpStatus(), result.error(), millis);
        if (!deliveries.recordAttempt(delivery, clock.instant(), attempt, status, next)) {
            log.warn("Delivery {} was taken over by another instance while this one sent it (its claim ran out)", delivery.id());
        }
    }

    private SendResult send(ClaimedDelivery delivery) {
        StoredNotice notice = notices.find(delivery.notice()).orElseThrow();
        ChannelTarget channel = delivery.channel() == null ? null : channels.target(delivery.channel()).orElse(null);
        if (channel == null && delivery.user() == null) {
            return SendResult.failedForGood("The channel was deleted");
        }
        return senders.get(delivery.type()).send(notice, delivery, channel);
    }
}
