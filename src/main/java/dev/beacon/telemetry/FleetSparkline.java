package dev.beacon.telemetry;

import dev.beacon.telemetry.rollup.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A model's last hour, one point per whole minute: requests in that minute (0 when there were none) and
 * the minute's p95 latency (null when there were no requests, a gap in the line). The minute under way is
 * left out: half a minute's requests would look like a drop in traffic.
 */
public record FleetSparkline(List<SeriesPoint> requestsPerMinute, List<SeriesPoint> latencyP95Ms) {

    static final Duration SPAN = Duration.ofHours(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    public FleetSparkline {
        requestsPerMinute = List.copyOf(requestsPerMinute);
        latencyP95Ms = List.copyOf(latencyP95Ms);
    }

    /** The minutes in [from, to), from the model's minute rollups. */
    static FleetSparkline of(SortedMap<Instant, Aggregate> minutes, Instant from, Instant to) {
        List<SeriesPoint> requests = new ArrayList<>();
        List<SeriesPoint> latency = new ArrayList<>();
        for (Instant minute = from; minute.isBefore(to); minute = minute.plus(MINUTE)) {
            Aggregate aggregate = minutes.get(minute);
            requests.add(new SeriesPoint(minute, aggregate == null ? 0.0 : (double) aggregate.requests()));
            latency.add(new SeriesPoint(minute, aggregate == null ? null
                    : TelemetryMetric.LATENCY_P95_MS.valueOf(aggregate, MINUTE)));
        }
        return new FleetSparkline(requests, latency);
    }

    /** Whether any minute of the hour saw a request. */
    public boolean hasTraffic() {
        return requestsPerMinute.stream().anyMatch(point -> point.value() != null && point.value() > 0);
    }
}
