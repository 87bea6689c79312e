package dev.beacon.telemetry.ui;

import java.time.Duration;

/** How long a new ingestion key works. Keys sit in deployed services, so "never" is the default. */
enum KeyExpiry {
    NEVER("Never expires", null),
    DAYS_30("30 days", Duration.ofDays(30)),
    DAYS_90("90 days", Duration.ofDays(90)),
    YEAR("1 year", Duration.ofDays(365));

    private final String label;
    private final Duration duration;

    KeyExpiry(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    String label() {
        return label;
    }

    /** Null means the key never expires. */
    Duration duration() {
        return duration;
    }
}
