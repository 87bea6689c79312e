package dev.beacon.telemetry.rollup;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The bucket sizes of the rollups, finest first. */
public enum Resolution {
    MINUTE(Duration.ofMinutes(1)),
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1));

    private final Duration size;

    Resolution(Duration size) {
        this.size = size;
    }

    public Duration size() {
        return size;
    }

    /** The start of the bucket that holds the instant (UTC). */
    public Instant bucketOf(Instant instant) {
        return switch (this) {
            case MINUTE -> instant.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> instant.truncatedTo(ChronoUnit.HOURS);
            case DAY -> instant.truncatedTo(ChronoUnit.DAYS);
        };
    }

    public boolean isAligned(Instant instant) {
        return bucketOf(instant).equals(instant);
    }
}
