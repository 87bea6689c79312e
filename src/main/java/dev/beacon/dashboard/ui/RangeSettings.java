package dev.beacon.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import dev.beacon.dashboard.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time range and auto-refresh of a dashboard as they travel in its URL, so a link opens the same view:
 * {@code range=24h}, or {@code from=2026-11-29T08:00:00Z&to=2026-11-29T12:00:00Z} (ISO-8601 instants, at most
 * {@link #LONGEST} apart), with {@code refresh=30s} when auto-refresh is on. Every dashboard of Beacon — a
 * model's and the shared ones — reads and writes them here. Values that cannot be read fall back to the
 * dashboard's default range and no auto-refresh.
 */
public record RangeSettings(TimeRange range, RefreshRate refresh) {

    /** The longest custom range a dashboard shows, as the telemetry queries allow. */
    public static final Duration LONGEST = Duration.ofDays(400);

    public static RangeSettings from(QueryParameters query, RangeChoice defaultRange) {
        Map<String, List<String>> values = query.getParameters();
        TimeRange range = first(values, "range").flatMap(RangeChoice::ofParameter).map(RangeChoice::range)
                .or(() -> between(first(values, "from"), first(values, "to")))
                .orElseGet(defaultRange::range);
        RefreshRate refresh = first(values, "refresh").flatMap(RefreshRate::ofParameter).orElse(RefreshRate.OFF);
        return new RangeSettings(range, refresh);
    }

    /** Writes the range and, when on, the refresh rate into a URL's parameters. */
    public void writeTo(Map<String, String> values) {
        switch (range) {
            case TimeRange.Between(Instant start, Instant end) -> {
                values.put("from", start.toString());
                values.put("to", end.toString());
            }
            case TimeRange.Last last -> values.put("range", RangeChoice.of(last).parameter());
        }
        if (refresh.parameter() != null) {
            values.put("refresh", refresh.parameter());
        }
    }

    /** Why a custom window cannot be shown, if it cannot. */
    static Optional<String> problemWith(Instant start, Instant end) {
        if (!start.isBefore(end)) {
            return Optional.of("Choose a start before the end");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            return Optional.of("Choose a range of at most 400 days");
        }
        return Optional.empty();
    }

    private static Optional<TimeRange> between(Optional<String> from, Optional<String> to) {
        try {
            if (from.isPresent() && to.isPresent()) {
                Instant start = Instant.parse(from.get());
                Instant end = Instant.parse(to.get());
                return problemWith(start, end).isEmpty() ? Optional.of(new TimeRange.Between(start, end)) : Optional.empty();
            }
        } catch (DateTimeParseException unreadable) {
            // an edited or truncated link: fall back to the default range
        }
        return Optional.empty();
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name)).filter(list -> !list.isEmpty()).map(List::getFirst);
    }
}
