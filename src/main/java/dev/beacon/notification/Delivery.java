package dev.beacon.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notice's way to one target (a channel, or one person's e-mail) and every attempt so far.
 *
 * @param channel     null when the channel was deleted since, or for a person's own e-mail
 * @param nextAttempt when the next retry is due, null when none is
 * @param detail      why it was suppressed or finally failed
 */
public record Delivery(ChannelId channel, ChannelType type, String target, DeliveryStatus status, Instant nextAttempt,
                       String detail, List<DeliveryAttempt> attempts) {
}
