package dev.beacon.notification;

import java.util.Objects;
import java.util.UUID;

/** Identifies a notice: one thing Beacon told a team or a person. */
public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    public static NoticeId of(String text) {
        return new NoticeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
