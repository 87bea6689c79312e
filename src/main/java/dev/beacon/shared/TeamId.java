package dev.beacon.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a team. */
public record TeamId(UUID value) {

    public TeamId {
        Objects.requireNonNull(value, "value");
    }

    public static TeamId of(String text) {
        return new TeamId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
