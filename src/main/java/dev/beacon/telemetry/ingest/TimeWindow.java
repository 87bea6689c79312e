package dev.beacon.telemetry.ingest;

import java.time.Duration;
import java.time.Instant;

/** The times Beacon accepts telemetry for: not before the team's retention, not far in the future. */
record TimeWindow(Instant now, Duration retention, Duration futureSkew) {

    /** The time, or null after reporting why it is not accepted. */
    Instant check(Instant time, EventChecks.Problems report, String field) {
        if (time == null) {
            report.add(field, "Give the time as ISO-8601, e.g. 2026-11-29T10:15:30Z");
            return null;
        }
        if (time.isAfter(now.plus(futureSkew))) {
            report.add(field, "Lies more than " + futureSkew.toMinutes() + " minutes in the future; check the client's clock");
            return null;
        }
        if (time.isBefore(now.minus(retention))) {
            report.add(field, "Is older than the team keeps raw telemetry (" + retention.toDays() + " days)");
            return null;
        }
        return time;
    }
}
