package dev.beacon.evaluation;

import java.util.Objects;
import java.util.UUID;

/** Identifies an evaluation suite. */
public record SuiteId(UUID value) {

    public SuiteId {
        Objects.requireNonNull(value, "value");
    }

    public static SuiteId of(String text) {
        return new SuiteId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
