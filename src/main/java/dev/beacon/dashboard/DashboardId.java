package dev.beacon.dashboard;

import java.util.Objects;
import java.util.UUID;

/** Identifies a shared dashboard. */
public record DashboardId(UUID value) {

    public DashboardId {
        Objects.requireNonNull(value, "value");
    }

    public static DashboardId of(String text) {
        return new DashboardId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
