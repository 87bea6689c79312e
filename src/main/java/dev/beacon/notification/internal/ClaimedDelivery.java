package dev.beacon.notification.internal;

import dev.beacon.notification.ChannelId;
import dev.beacon.notification.ChannelType;
import dev.beacon.notification.NoticeId;
import dev.beacon.shared.UserId;

import java.util.UUID;

/**
 * A delivery this instance has claimed: only the holder of {@code token} may record its outcome.
 *
 * @param groupKey set when it goes out in one message with the channel's other deliveries of that key
 */
public record ClaimedDelivery(UUID id, UUID token, NoticeId notice, ChannelId channel, UserId user, ChannelType type,
                              int attemptsSoFar, String groupKey) {
}
