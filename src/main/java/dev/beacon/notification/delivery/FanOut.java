package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelType;
import dev.beacon.notification.DeliveryStatus;
import dev.beacon.notification.Notice;
import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.notification.internal.JooqChannelRepository;
import dev.beacon.notification.internal.JooqDeliveryRepository;
import dev.beacon.notification.internal.JooqNoticeRepository;
import dev.beacon.notification.internal.NewDelivery;
import dev.beacon.security.MemberDirectory;
import dev.beacon.security.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns a requested notice into one delivery per target: each enabled channel of the team whose routing takes the
 * notice (or the one channel of a test), or a person's inbox and e-mail. A channel whose routing does not take the
 * notice gets a skipped delivery that says why. A target that got the same dedupe key within the repeat interval gets a suppressed
 * delivery instead, which records why. An e-mail or webhook delivery of a notice with a group key waits for the group
 * wait, or joins the waiting group of its channel, so that the dispatcher sends the burst as one message. Idempotent:
 * a notice handed over twice is stored once.
 */
@Component
class FanOut {

    private final JooqNoticeRepository notices;
    private final JooqDeliveryRepository deliveries;
    private final JooqChannelRepository channels;
    private final MemberDirectory directory;
    private final NotificationProperties properties;
    private final Clock clock;

    FanOut(JooqNoticeRepository notices, JooqDeliveryRepository deliveries, JooqChannelRepository channels,
           MemberDirectory directory, NotificationProperties properties, Clock clock) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.channels = channels;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores the notice and its deliveries; returns the deliveries waiting for their first attempt. */
    @Transactional
    List<UUID> store(NoticeRequested request) {
        if (!notices.insert(request.id(), request.team(), request.user(), request.notice(), request.at())) {
            return deliveries.pendingOf(request.id());
        }
        Notice notice = request.notice();
        Instant now = clock.instant();
        if (notice.dedupeKey() != null) {
            notices.lockDedupeKey(notice.dedupeKey());
        }
        Duration repeat = notice.repeatInterval() == null ? properties.repeatInterval() : notice.repeatInterval();
        List<UUID> pending = new ArrayList<>();
        for (NewDelivery target : targets(request)) {
            NewDelivery delivery = notice.dedupeKey() == null || target.status() != DeliveryStatus.PENDING ? target
                    : deduplicated(target, notice.dedupeKey(), repeat, now);
            UUID id = deliveries.insert(request.id(), notice.dedupeKey(), delivery, firstAttempt(delivery, now), now);
            if (delivery.status() == DeliveryStatus.PENDING) {
                pending.add(id);
            }
        }
        return pending;
    }

    private List<NewDelivery> targets(NoticeRequested request) {
        if (request.user() != null) {
            String name = directory.user(request.user()).map(UserAccount::username).orElse(request.user().toString());
            return List.of(pending(null, request, ChannelType.IN_APP, "In-app for " + name),
                    pending(null, request, ChannelType.EMAIL, "E-mail to " + name));
        }
        List<ChannelTarget> targets = request.onlyChannel() != null
                ? channels.target(request.onlyChannel()).stream().toList()
                : channels.enabledTargets(request.team());
        return targets.stream().map(channel -> routed(channel, request)).toList();
    }

    private static NewDelivery routed(ChannelTarget channel, NoticeRequested request) {
        NewDelivery pending = pending(channel, request, channel.data().type(), channel.data().name());
        var data = channel.data();
        if (request.onlyChannel() != null || request.notice().routesTo(data.minSeverity(), data.modelTags())) {
            return pending;
        }
        String tags = data.modelTags().isEmpty() ? "" : ", models tagged " + String.join(" or ", data.modelTags());
        return new NewDelivery(pending.channel(), null, pending.type(), pending.targetName(), DeliveryStatus.SKIPPED,
                "Not routed here: the channel takes " + data.minSeverity().label().toLowerCase(Locale.ROOT) + tags, null);
    }

    private static NewDelivery pending(ChannelTarget channel, NoticeRequested request, ChannelType type, String name) {
        String group = channel != null && type != ChannelType.IN_APP ? request.notice().groupKey() : null;
        return new NewDelivery(channel == null ? null : channel.id(), channel == null ? request.user() : null, type, name,
                DeliveryStatus.PENDING, null, group);
    }

    /** Now, or for a grouped delivery the end of its group's wait: the waiting group's, or a new one's. */
    private Instant firstAttempt(NewDelivery delivery, Instant now) {
        if (delivery.groupKey() == null || delivery.status() != DeliveryStatus.PENDING) {
            return now;
        }
        Instant waiting = deliveries.groupWaitEnd(delivery.channel(), delivery.groupKey());
        return waiting != null ? waiting : now.plus(properties.groupWait());
    }

    private NewDelivery deduplicated(NewDelivery target, String dedupeKey, Duration repeat, Instant now) {
        Instant last = deliveries.lastSentSince(dedupeKey, target, now.minus(repeat));
        if (last == null) {
            return target;
        }
        return new NewDelivery(target.channel(), target.user(), target.type(), target.targetName(), DeliveryStatus.SUPPRESSED,
                "Sent with the same dedupe key at " + last + "; it repeats after " + repeat, null);
    }
}
