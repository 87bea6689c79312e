package dev.beacon.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Something that went wrong in a model's past, for the history backfill.
 *
 * @param strength how bad, 0–1: a latency spike of 1 makes requests about four times slower, 0.25 is a
 *                 noticeable regression; an error burst of 1 fails about a third of the requests
 */
public record HistoryIncident(Degradation kind, Instant start, Duration duration, double strength) {

    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(start.plus(duration));
    }
}
