package dev.beacon.evaluation;

import java.util.Objects;
import java.util.UUID;

/** Identifies one run of a suite on a model. */
public record RunId(UUID value) {

    public RunId {
        Objects.requireNonNull(value, "value");
    }

    public static RunId of(String text) {
        return new RunId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
