package dev.beacon.telemetry.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The times Beacon accepts telemetry for: not before the team's retention, not far in the future. */
public record TimeWindow(Instant now, Duration retention, Duration futureSkew) {

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

    /** Why data of that time is not accepted, if it is not; for paths that build contributions themselves. */
    public Optional<String> problemWith(Instant time) {
        List<String> problems = new ArrayList<>(1);
        check(time, (field, message) -> problems.add(message), "time");
        return problems.stream().findFirst();
    }
}
