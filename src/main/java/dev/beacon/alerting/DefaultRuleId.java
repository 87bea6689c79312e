package dev.beacon.alerting;

import java.util.Objects;
import java.util.UUID;

/** Identifies a team default rule. */
public record DefaultRuleId(UUID value) {

    public DefaultRuleId {
        Objects.requireNonNull(value, "value");
    }

    public static DefaultRuleId of(String text) {
        return new DefaultRuleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
