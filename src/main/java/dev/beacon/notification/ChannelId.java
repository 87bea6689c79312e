package dev.beacon.notification;

import java.util.Objects;
import java.util.UUID;

/** Identifies a team's notification channel. */
public record ChannelId(UUID value) {

    public ChannelId {
        Objects.requireNonNull(value, "value");
    }

    public static ChannelId of(String text) {
        return new ChannelId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
