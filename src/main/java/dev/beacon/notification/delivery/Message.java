package dev.beacon.notification.delivery;

import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.notification.internal.ClaimedDelivery;
import dev.beacon.notification.internal.StoredNotice;

import java.util.List;

/**
 * What one attempt sends to one target: a single notice, or a group of notices to the same channel that go out as one
 * message (one e-mail, one webhook call). {@code notices} and {@code deliveries} are in the same order.
 *
 * @param channel the channel, or null for a notice to one person ({@code deliveries.getFirst().user()})
 */
record Message(List<StoredNotice> notices, List<ClaimedDelivery> deliveries, ChannelTarget channel) {

    Message {
        if (notices.isEmpty() || notices.size() != deliveries.size()) {
            throw new IllegalArgumentException("A message carries one notice per delivery, at least one");
        }
        notices = List.copyOf(notices);
        deliveries = List.copyOf(deliveries);
    }

    static Message single(StoredNotice notice, ClaimedDelivery delivery, ChannelTarget channel) {
        return new Message(List.of(notice), List.of(delivery), channel);
    }

    boolean grouped() {
        return notices.size() > 1;
    }

    StoredNotice first() {
        return notices.getFirst();
    }

    ClaimedDelivery firstDelivery() {
        return deliveries.getFirst();
    }
}
