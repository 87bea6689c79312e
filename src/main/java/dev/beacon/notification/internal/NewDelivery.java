package dev.beacon.notification.internal;

import dev.beacon.notification.ChannelId;
import dev.beacon.notification.ChannelType;
import dev.beacon.notification.DeliveryStatus;
import dev.beacon.shared.UserId;

/**
 * A delivery to create: to a channel, or (channel null) to one person's e-mail address.
 *
 * @param groupKey set for e-mail and webhook deliveries of a grouped notice: sent together with the channel's other
 *                 waiting deliveries of that key
 */
public record NewDelivery(ChannelId channel, UserId user, ChannelType type, String targetName, DeliveryStatus status,
                          String detail, String groupKey) {
}
