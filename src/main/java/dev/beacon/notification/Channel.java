package dev.beacon.notification;

import dev.beacon.shared.TeamId;

import java.time.Instant;

/** A team's notification channel as members see it; a webhook's secret is never part of it. */
public record Channel(ChannelId id, TeamId team, int version, ChannelData data, Instant createdAt, Instant updatedAt) {

    public String name() {
        return data.name();
    }

    public ChannelType type() {
        return data.type();
    }
}
