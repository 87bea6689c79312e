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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends claimed deliveries, each message in a virtual thread of its own so that a slow or failing webhook never delays
 * the others, and records every attempt: delivered, pending again after the retry policy's next delay, or failed for
 * good. Claimed deliveries of one channel with the same group key and the same number of attempts so far form one
 * message; each of them records the attempt, so a grouped message is retried as a whole.
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
            messages(claimed).forEach(message -> threads.submit(() -> attempt(message)));
        }
        return claimed.size();
    }

    /** One list per message: a group's deliveries together, every other delivery alone. */
    private static Collection<List<ClaimedDelivery>> messages(List<ClaimedDelivery> claimed) {
        Map<Object, List<ClaimedDelivery>> messages = new LinkedHashMap<>();
        for (ClaimedDelivery delivery : claimed) {
            Object key = delivery.groupKey() == null || delivery.channel() == null ? delivery.id()
                    : List.of(delivery.channel(), delivery.groupKey(), delivery.attemptsSoFar());
            messages.computeIfAbsent(key, ignored -> new ArrayList<>()).add(delivery);
        }
        return messages.values();
    }

    private void attempt(List<ClaimedDelivery> message) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        ClaimedDelivery first = message.getFirst();
        SendResult result;
        try {
            result = send(message);
        } catch (RuntimeException e) {
            log.warn("Delivery {} of notice {} failed unexpectedly", first.id(), first.notice(), e);
            result = SendResult.failed(null, "Unexpected error: " + e);
        }
        int number = first.attemptsSoFar() + 1;
        int millis = (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        Instant next = result.delivered() || !result.retryable() ? null : retries.nextAttempt(number, clock.instant()).orElse(null);
        DeliveryStatus status = result.delivered() ? DeliveryStatus.DELIVERED : next != null ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
        var attempt = new DeliveryAttempt(number, started, result.delivered(), result.httpStatus(), result.error(), millis,
                message.size() - 1);
        for (ClaimedDelivery delivery : message) {
            if (!deliveries.recordAttempt(delivery, clock.instant(), attempt, status, next)) {
                log.warn("Delivery {} was taken over by another instance while this one sent it (its claim ran out)", delivery.id());
            }
        }
    }

    private SendResult send(List<ClaimedDelivery> claimed) {
        ClaimedDelivery first = claimed.getFirst();
        ChannelTarget channel = first.channel() == null ? null : channels.target(first.channel()).orElse(null);
        if (channel == null && first.user() == null) {
            return SendResult.failedForGood("The channel was deleted");
        }
        // a group lists its notices in the order they were requested
        List<Map.Entry<StoredNotice, ClaimedDelivery>> inOrder = claimed.stream()
                .map(delivery -> Map.entry(notices.find(delivery.notice()).orElseThrow(), delivery))
                .sorted(Comparator.comparing((Map.Entry<StoredNotice, ClaimedDelivery> entry) -> entry.getKey().createdAt()))
                .toList();
        return senders.get(first.type()).send(new Message(inOrder.stream().map(Map.Entry::getKey).toList(),
                inOrder.stream().map(Map.Entry::getValue).toList(), channel));
    }
}
