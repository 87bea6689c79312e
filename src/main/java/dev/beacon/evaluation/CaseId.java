package dev.beacon.evaluation;

import java.util.Objects;
import java.util.UUID;

/** Identifies an evaluation case. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId of(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
