package dev.beacon.security.ui;

import java.time.Duration;

/** How long a new API token works. */
enum TokenValidity {
    DAYS_30("30 days", Duration.ofDays(30)),
    DAYS_90("90 days", Duration.ofDays(90)),
    YEAR("1 year", Duration.ofDays(365)),
    NEVER("Never expires", null);

    private final String label;
    private final Duration duration;

    TokenValidity(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    String label() {
        return label;
    }

    /** Null means the token never expires. */
    Duration duration() {
        return duration;
    }
}
