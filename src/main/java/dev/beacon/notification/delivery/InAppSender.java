package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelType;
import dev.beacon.notification.internal.JooqInboxRepository;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** Puts the notice (in-app notices are never grouped: each is an item of its own) into the recipients' in-app inboxes (committed at once), then updates their open bells. */
@Component
class InAppSender implements TargetSender {

    private final Recipients recipients;
    private final JooqInboxRepository inbox;
    private final InboxBroadcaster broadcaster;
    private final Clock clock;

    InAppSender(Recipients recipients, JooqInboxRepository inbox, InboxBroadcaster broadcaster, Clock clock) {
        this.recipients = recipients;
        this.inbox = inbox;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @Override
    public ChannelType type() {
        return ChannelType.IN_APP;
    }

    @Override
    public SendResult send(Message message) {
        List<UserId> users = recipients.of(message.firstDelivery(), message.channel()).stream().map(UserAccount::id).toList();
        message.notices().forEach(notice -> inbox.deliver(notice.id(), users, clock.instant()));
        broadcaster.changed(users);
        return SendResult.ok(null);
    }
}
