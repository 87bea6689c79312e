package dev.beacon.alerting;

import java.time.Instant;
import java.util.List;

/** A model's health over [from, to), period by period. */
public record HealthTimeline(Instant from, Instant to, List<HealthPeriod> periods) {

    public HealthTimeline {
        periods = List.copyOf(periods);
    }
}
