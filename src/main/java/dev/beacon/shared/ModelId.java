package dev.beacon.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a model. */
public record ModelId(UUID value) {

    public ModelId {
        Objects.requireNonNull(value, "value");
    }

    public static ModelId of(String text) {
        return new ModelId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
