package dev.beacon.maintenance;

import java.util.Objects;
import java.util.UUID;

/** Identifies a recurring maintenance schedule. */
public record ScheduleId(UUID value) {

    public ScheduleId {
        Objects.requireNonNull(value, "value");
    }

    public static ScheduleId of(String text) {
        return new ScheduleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
