package dev.beacon.notification.internal;

import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelId;
import dev.beacon.shared.TeamId;

/** A channel as delivery needs it: with the webhook's secret, which never leaves the module. */
public record ChannelTarget(ChannelId id, TeamId team, ChannelData data, String secret) {
}
