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
import java.util.UUID;

/**
 * Turns a requested notice into one delivery per target: each enabled channel of the team (or the one channel of a
 * test), or a person's inbox and e-mail. A target that got the same dedupe key within the repeat interval gets a
 * suppressed delivery instead, which records why. Idempotent: a notice handed over twice is stored once.
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
            NewDelivery delivery = notice.dedupeKey() == null ? target : deduplicated(target, notice.dedupeKey(), repeat, now);
            UUID id = deliveries.insert(request.id(), notice.dedupeKey(), delivery, now);
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
        return targets.stream().map(channel -> pending(channel, request, channel.data().type(), channel.data().name())).toList();
    }

    private static NewDelivery pending(ChannelTarget channel, NoticeRequested request, ChannelType type, String name) {
        return new NewDelivery(channel == null ? null : channel.id(), channel == null ? request.user() : null, type, name,
                DeliveryStatus.PENDING, null);
    }

    private NewDelivery deduplicated(NewDelivery target, String dedupeKey, Duration repeat, Instant now) {
        Instant last = deliveries.lastSentSince(dedupeKey, target, now.minus(repeat));
        if (last == null) {
            return target;
        }
        return new NewDelivery(target.channel(), target.user(), target.type(), target.targetName(), DeliveryStatus.SUPPRESSED,
                "Sent with the same dedupe key at " + last + "; it repeats after " + repeat);
    }
}
