package dev.beacon.alerting;

import java.util.Objects;
import java.util.UUID;

/** Identifies an alert rule. */
public record RuleId(UUID value) {

    public RuleId {
        Objects.requireNonNull(value, "value");
    }

    public static RuleId of(String text) {
        return new RuleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
