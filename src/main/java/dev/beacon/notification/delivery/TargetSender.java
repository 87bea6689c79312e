package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelType;

/** Sends a message one way (e-mail, webhook, in-app). */
interface TargetSender {

    ChannelType type();

    SendResult send(Message message);
}
