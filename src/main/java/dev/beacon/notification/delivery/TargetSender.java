package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelType;
import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.notification.internal.ClaimedDelivery;
import dev.beacon.notification.internal.StoredNotice;

/** Sends a notice one way (e-mail, webhook, in-app). */
interface TargetSender {

    ChannelType type();

    /** @param channel the channel, or null for a notice to one person ({@code delivery.user()}) */
    SendResult send(StoredNotice notice, ClaimedDelivery delivery, ChannelTarget channel);
}
